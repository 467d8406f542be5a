// Messages for a language, with {placeholders}. Plain functions: build scripts use them too.
import type { Metric } from '../data/schema.ts';
import type { Lang } from '../view-state/viewState.ts';
import { en } from './en.ts';
import { zh, type MessageKey } from './zh.ts';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages: Record<MessageKey, string> = lang === 'en' ? en : zh;
  return (key, vars) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
}

export function metricNameIn(lang: Lang): (m: Metric | undefined) => string {
  return (m) => (m ? (lang === 'en' ? m.nameEn : m.name) : '');
}

/** A metric category's name ("environment" → 生态环境); an unknown category shows as written. */
/** "work-report" → 政府工作报告 / Government work report; an unknown kind as written. */
export function reportKindName(t: Translate, kind: string): string {
  const key = `reportKind_${kind}` as MessageKey;
  return key in zh ? t(key) : kind;
}

export function categoryName(t: Translate, category: string): string {
  const key = `category_${category}` as MessageKey;
  return key in zh ? t(key) : category;
}
