// Synthetic sources for the pipeline benchmark. Each document keeps the opening and closing lines
// of one real document (front matter, masthead, date line, footers) and fills the middle with
// paragraphs of all the real ones, moved to other regions, other years and other numbers.
// Document i depends only on (realDocs, seed, i), so a smaller corpus is a prefix of a larger one.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

export type RealDoc = { path: string; text: string };
export type GeneratedDoc = { path: string; bytes: Uint8Array };
export type GazetteerRegion = { code: string; name: string; short?: string; level: string; parent: string | null };

type Style = 'simplified' | 'traditional' | 'html';
type Ymd = [number, number, number];
/** A real document cut into head, paragraphs and tail; all text held in simplified characters. */
type Template = { name: string; style: Style; pubDate: Ymd; head: string; body: string[]; sep: string; tail: string };

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The prefectures the real documents are about; their counties are renamed with them. */
const ORIGINAL_PREFECTURES = ['滨州市', '平凉市', '定西市', '张掖市'];
// Only these short forms are swapped: others are ordinary words too (安定, 惠民, 民乐, 高台).
const SWAP_SHORT_FORM = new Set(['临洮县', '通渭县', '临泽县', '滨城区', '平凉市', '定西市', '张掖市', '滨州市']);
const LONG_PARAGRAPH = 140;
const TAIL_MARKER = /^(版权声明|初审编辑|责任编辑|相关新闻|[（(]文章来源)/;
const MIN_BYTES = 3 * 1024;
const MAX_BYTES = 50 * 1024;

export function generateCorpus(
  realDocs: RealDoc[],
  count: number,
  seed: number,
  gazetteer = readGazetteer(),
): GeneratedDoc[] {
  const templates = realDocs.map(parseTemplate);
  if (templates.length === 0) throw new Error('generateCorpus needs at least one real document');
  // A style the real documents lack falls back to all of them.
  const ofStyle = (style: Style) =>
    templates.some((t) => t.style === style) ? templates.filter((t) => t.style === style) : templates;
  const styles = { simplified: ofStyle('simplified'), traditional: ofStyle('traditional'), html: ofStyle('html') };
  const regions = createRegionSwapper(gazetteer);
  const encoder = new TextEncoder();
  const docs: GeneratedDoc[] = [];
  for (let i = 0; i < count; i += 1) {
    const rng = mulberry32(mix(seed, i));
    const roll = rng();
    const style: Style = roll < 0.6 ? 'simplified' : roll < 0.8 ? 'traditional' : 'html';
    const template = pick(rng, styles[style]);
    const names = regions(rng);
    // Publication years 2020–2024, so the years reported on fall in 2019–2024.
    const pubDate: Ymd = [
      2020 + Math.floor(rng() * 5),
      template.pubDate[1],
      Math.min(28, Math.max(1, template.pubDate[2] + Math.floor(rng() * 21) - 10)),
    ];
    const rewrite = (text: string, from: Template) => rewriteNumbers(names(text), from.pubDate, pubDate, rng);

    const target = MIN_BYTES * Math.exp(rng() * Math.log(MAX_BYTES / MIN_BYTES));
    const head = rewrite(template.head, template);
    const tail = rewrite(template.tail, template);
    const body: string[] = [];
    let bytes = utf8Length(head) + utf8Length(tail);
    let next = Math.floor(rng() * template.body.length);
    // Mostly the template's own paragraphs in order, with paragraphs of other documents mixed in.
    while (body.length === 0 || bytes < target) {
      const own = rng() < 0.6;
      const from = own ? template : pick(rng, templates);
      const paragraph = own ? (template.body[next++ % template.body.length] ?? '') : pick(rng, from.body);
      const rewritten = rewrite(paragraph, from);
      body.push(rewritten);
      bytes += utf8Length(rewritten) + template.sep.length;
    }
    const text = head + body.join(template.sep) + tail;
    const date = pubDate.map((n, k) => (k === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
    docs.push({
      path: `bench/generated/${date}-${template.name}-${String(i).padStart(5, '0')}.txt`,
      bytes: encoder.encode(style === 'traditional' ? toTraditional(text) : text),
    });
  }
  return docs;
}

function readGazetteer(): GazetteerRegion[] {
  const file = new URL('../data/gazetteer/gazetteer.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { regions: GazetteerRegion[] }).regions;
}

function parseTemplate(doc: RealDoc): Template {
  const style: Style = /<p[\s>]/i.test(doc.text)
    ? 'html'
    : traditionalShare(doc.text) > 0.05
      ? 'traditional'
      : 'simplified';
  const text = style === 'traditional' ? toSimplified(doc.text) : doc.text;
  const spans = paragraphSpans(text, style);
  const long = spans.map(([s, e]) => e - s >= LONG_PARAGRAPH);
  const first = Math.max(0, long.indexOf(true));
  const marker = spans.findIndex(([s, e], k) => k > first && TAIL_MARKER.test(text.slice(s, e)));
  const end = Math.min(marker < 0 ? spans.length : marker, long.lastIndexOf(true) + 1);
  const bodySpans = spans.slice(first, Math.max(end, first + 1));
  const [start] = bodySpans[0] ?? [0, 0];
  const [, stop] = bodySpans[bodySpans.length - 1] ?? [0, text.length];
  const base = doc.path.split('/').pop() ?? doc.path;
  const date = /(\d{4})-(\d{2})-(\d{2})/.exec(base) ?? /(\d{4})[年/-](\d{1,2})[月/-](\d{1,2})/.exec(text);
  return {
    name: base.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, ''),
    style,
    pubDate: date ? [Number(date[1]), Number(date[2]), Number(date[3])] : [2021, 1, 1],
    head: text.slice(0, start),
    body: bodySpans.map(([s, e]) => text.slice(s, e).replace(/<[^>]*>/g, '')),
    sep: bodySpans[1] ? text.slice(bodySpans[0]?.[1], bodySpans[1][0]) : '\n\n',
    tail: text.slice(stop),
  };
}

/** Where each paragraph's text starts and ends: <p> elements, lines, or space-separated pieces of a one-line report. */
function paragraphSpans(text: string, style: Style): [number, number][] {
  if (style === 'html') {
    return [...text.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => {
      const start = m.index + m[0].indexOf('>') + 1;
      return [start, start + (m[1] ?? '').length];
    });
  }
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end <= start) continue;
    if (end - start < 5000) spans.push([start, end]);
    else spans.push(...spaceSeparated(text, start, end));
  }
  return spans;
}

// A whole report on one line separates paragraphs and headings by a single space.
function spaceSeparated(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(/ +/g)) {
    const at = start + m.index;
    const piece = text.slice(from, at);
    if (/[。！？:：]$/.test(piece) || (piece.length <= 24 && !/[，,。、；]/.test(piece))) {
      spans.push([from, at]);
      from = at + m[0].length;
    }
  }
  spans.push([from, end]);
  return spans;
}

function traditionalShare(text: string): number {
  const simplified = toSimplified(text);
  const han = [...text.matchAll(/[\u4e00-\u9fff]/g)];
  return han.length === 0 ? 0 : han.filter((m) => simplified[m.index] !== m[0]).length / han.length;
}

/** Per document: the four original prefectures become four prefectures of one other province. */
function createRegionSwapper(gazetteer: GazetteerRegion[]): (rng: () => number) => (text: string) => string {
  const byName = new Map(gazetteer.map((r) => [r.name, r]));
  const byCode = new Map(gazetteer.map((r) => [r.code, r]));
  const children = groupBy(
    gazetteer.filter((r) => r.level === 'county'),
    (r) => r.parent,
  );
  const counties = (p: GazetteerRegion) => children.get(p.code) ?? [];
  const originals = ORIGINAL_PREFECTURES.flatMap((name) => byName.get(name) ?? []);
  const provinces = [...new Set(originals.map((p) => p.parent))].flatMap((code) => byCode.get(code ?? '') ?? []);
  const needed = Math.max(...originals.map((p) => counties(p).length));
  const candidates = groupBy(
    gazetteer.filter((r) => r.level === 'prefecture' && counties(r).length >= needed),
    (r) => r.parent,
  );
  const usable = [...candidates].filter(([code, list]) => byCode.has(code) && list.length >= originals.length);
  const keys = [...provinces, ...originals, ...originals.flatMap(counties)];
  const words = keys.flatMap((r) => [
    r.name,
    ...(r.short && (r.level === 'province' || SWAP_SHORT_FORM.has(r.name)) ? [r.short] : []),
  ]);
  const pattern = new RegExp([...new Set(words)].sort((a, b) => b.length - a.length).join('|'), 'g');

  return (rng) => {
    const [provinceCode, prefectures] = pick(rng, usable);
    const swap = new Map<string, string>();
    const add = (from: GazetteerRegion, to: GazetteerRegion) => {
      swap.set(from.name, to.name);
      if (from.short) swap.set(from.short, to.short ?? to.name);
    };
    for (const p of provinces) add(p, byCode.get(provinceCode) as GazetteerRegion);
    const chosen = shuffle(rng, prefectures);
    originals.forEach((original, k) => {
      const target = chosen[k] as GazetteerRegion;
      add(original, target);
      const targets = shuffle(rng, counties(target));
      counties(original).forEach((c, j) => add(c, targets[j] as GazetteerRegion));
    });
    return (text) => text.replace(pattern, (name) => swap.get(name) ?? name);
  };
}

function groupBy<T>(list: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

// Full dates, clock times (kept as they are), then any other Arabic number.
const NUMBER = /(\d{4})([年/.-])(\d{1,2})([月/.-])(\d{1,2})|\d{1,2}:\d{2}(?::\d{2})?(?: ?[+-]\d{4})?|\d+(?:\.\d+)?/g;

/** Years move with the publication date; the publication date itself is replaced; other numbers are scaled by 0.5–1.5. */
function rewriteNumbers(text: string, sourceDate: Ymd, pubDate: Ymd, rng: () => number): string {
  const shift = pubDate[0] - sourceDate[0];
  return text.replace(NUMBER, (token, y?: string, s1?: string, m?: string, s2?: string, d?: string) => {
    if (y && m && d && s1 && s2) {
      const isPubDate = Number(y) === sourceDate[0] && Number(m) === sourceDate[1] && Number(d) === sourceDate[2];
      const [ny, nm, nd] = isPubDate ? pubDate : [Number(y) + shift, Number(m), Number(d)];
      return `${ny}${s1}${String(nm).padStart(m.length, '0')}${s2}${String(nd).padStart(d.length, '0')}`;
    }
    if (token.includes(':')) return token;
    const value = Number(token);
    if (/^\d{4}$/.test(token) && value >= 2000 && value <= 2030) return String(value + shift);
    const decimals = token.split('.')[1]?.length ?? 0;
    const scaled = (value * (0.5 + rng())).toFixed(decimals);
    return token.startsWith('0') && decimals === 0 ? scaled.padStart(token.length, '0') : scaled;
  });
}

/** Mulberry32: a small, fast, seeded generator, so generated corpora and datasets are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mix = (seed: number, index: number) =>
  Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);

const pick = <T>(rng: () => number, list: T[]): T => list[Math.floor(rng() * list.length)] as T;

function shuffle<T>(rng: () => number, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** UTF-8 size, counting every non-ASCII character as three bytes (Han characters are). */
const utf8Length = (text: string) => text.length + 2 * (text.match(/[^\x00-\x7f]/g)?.length ?? 0);
