// Text preparation: bytes → the stored text every quote is cut from (markup and page debris gone,
// broken lines joined), the view the extractor reads (inline pinyin and stray tokens hidden) and its
// match text (simplified characters, same offsets).
import { createHash } from 'node:crypto';
import type { Lexicon } from '../lexicon/loadLexicon.ts';
import { decodeSource } from '../normalize/decodeSource.ts';
import { parseFrontMatter, type FrontMatterResult } from '../normalize/parseFrontMatter.ts';
import { hideAnnotations, viewSpan, type TextView } from '../normalize/hideAnnotations.ts';
import { removeDebris } from '../normalize/removeDebris.ts';
import { stripMarkup } from '../normalize/stripMarkup.ts';
import { toMatchText } from '../normalize/toMatchText.ts';
import { joinBrokenLines } from '../segment/joinBrokenLines.ts';
import { splitParagraphs, type Paragraphs } from '../segment/splitParagraphs.ts';

/** Page debris (share lines, counters, breadcrumbs) is never longer than this. */
const DEBRIS_LINE_MAX = 80;

export type PreparedText = {
  encoding: string;
  front: FrontMatterResult;
  /** The text as stored in the dataset, with its paragraphs. */
  stored: Paragraphs;
  /** The stored text without pinyin annotations, with the map back to stored offsets. */
  view: TextView;
  /** view.text */
  text: string;
  /** Paragraph spans in the view. */
  paragraphs: [number, number][];
  /** The view in simplified characters, offset for offset. */
  matchText: string;
  /** The same text read twice is one document. */
  fingerprint: string;
};

export type Preparation =
  { ok: true; prepared: PreparedText; warnings: string[] } | { ok: false; reason: string; warnings: string[] };

export function prepareText(bytes: Uint8Array, path: string, debris: Lexicon['debris'], maxBytes: number): Preparation {
  const warnings: string[] = [];
  const decoded = decodeSource(bytes, maxBytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason, warnings };
  const front = parseFrontMatter(decoded.text.replace(/\r\n?/g, '\n'));
  if (front.problem) warnings.push(`${path}: ${front.problem}`);
  const plain = stripMarkup(front.body);
  // The debris patterns read a line in simplified characters without pinyin; debris lines are
  // short, so only short lines are converted.
  const simplifiedLine = (line: string) =>
    line.length > DEBRIS_LINE_MAX ? line : toMatchText(hideAnnotations(line).text).matchText;
  const { lines } = removeDebris(plain.split('\n'), debris, simplifiedLine);
  const stored = splitParagraphs(joinBrokenLines(lines));
  if (stored.text.trim().length === 0)
    return { ok: false, reason: 'no text left after removing markup and page debris', warnings };
  // Everything after reads the view without pinyin annotations and stray tokens; spans are turned
  // back into spans of the stored text at the end.
  const view = hideAnnotations(stored.text);
  const { matchText } = toMatchText(view.text);
  const fingerprint = createHash('sha256').update(matchText).digest('hex');
  const paragraphs = stored.paragraphs.map((p) => viewSpan(view, p));
  return {
    ok: true,
    prepared: { encoding: decoded.encoding, front, stored, view, text: view.text, paragraphs, matchText, fingerprint },
    warnings,
  };
}
