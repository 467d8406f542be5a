// The unit after a number: written right after it, shared from the end of a list ("112.46、96.6、
// 348.87亿元"), split by a qualifier ("8万余人"), or a bare magnitude a metric's unit completes ("56.7亿").
import type { ParsedUnit, UnitReader } from '../units.ts';

export type UnitRead = { unit: ParsedUnit; cursor: number; atLeast: boolean };

export function readUnitAt(
  units: UnitReader,
  sentence: string,
  cursor: number,
  numText: string,
  isChinese: boolean,
): UnitRead | null {
  if (numText.startsWith('百分之')) {
    const unit = units.parse('%');
    return unit ? { unit, cursor, atLeast: false } : null;
  }
  const written = units.readAt(sentence.slice(cursor));
  if (written) return { unit: written, cursor: cursor + written.text.length, atLeast: false };
  // "二十几万人", "20多万人", "1000余人": more than the number, in the unit after the word.
  const more = /^[几多余]/.test(sentence[cursor] ?? '') ? units.readAt(sentence.slice(cursor + 1)) : null;
  if (more)
    return {
      unit: { ...more, text: sentence.slice(cursor, cursor + 1 + more.text.length) },
      cursor: cursor + 1 + more.text.length,
      atLeast: true,
    };
  if (isChinese || !/[、万亿千百十]/.test(sentence[cursor] ?? '')) return null;
  const shared = sharedUnit(units, sentence, cursor);
  if (shared) return shared;
  const split = splitUnit(units, sentence, cursor);
  if (split === 'unreadable') return null;
  return split ?? bareMagnitude(units, sentence, cursor);
}

/** "分别为112.46、96.6、348.87亿元": the unit written after the last member of a list is every member's. */
function sharedUnit(units: UnitReader, sentence: string, cursor: number): UnitRead | null {
  const chain =
    sentence[cursor] === '、'
      ? /^(?:、\s?\d+(?:\.\d+)?)+(?=\s?[^\d.、\s])/.exec(sentence.slice(cursor, cursor + 80))
      : null;
  const shared = chain ? units.readAt(sentence.slice(cursor + chain[0].length).replace(/^\s/, '')) : null;
  return shared ? { unit: { ...shared, text: '', written: shared.text }, cursor, atLeast: false } : null;
}

/** "8万余人": the qualifier between the magnitude and the unit; the figure is at least that.
 *  'unreadable' when the words are there but name no unit: then nothing is read. */
function splitUnit(units: UnitReader, sentence: string, cursor: number): UnitRead | 'unreadable' | null {
  const split = /^(万亿|千万|百万|十万|万|亿|千)(多|余)/.exec(sentence.slice(cursor));
  const after = split ? units.readAt(sentence.slice(cursor + split[0].length)) : null;
  if (!split || !after || after.exponent !== 0) return null;
  const parsed = units.parse((split[1] ?? '') + after.text);
  if (!parsed) return 'unreadable';
  const unit = { ...parsed, text: sentence.slice(cursor, cursor + split[0].length + after.text.length) };
  return { unit, cursor: cursor + unit.text.length, atLeast: true };
}

/** "56.7亿": a magnitude without its unit, which a metric's unit completes (元 of 亿元, 人 of 万人). */
function bareMagnitude(units: UnitReader, sentence: string, cursor: number): UnitRead | null {
  const bare = units.bareMagnitudeAt(sentence.slice(cursor));
  return bare ? { unit: bare, cursor: cursor + bare.text.length, atLeast: false } : null;
}
