// The one entry point for reading numbers: every figure of a text with its value, unit, sign,
// bounds and whether it is approximate, as the pipeline reads them. For tools and tests that need
// figures without the rest of the pipeline (which metric, whose, which year).
import { fileURLToPath } from 'node:url';
import { loadLexicon, type Lexicon } from '../lexicon/loadLexicon.ts';
import { createNumberScanner, type NumberRole, type NumberScanner } from './scanNumbers.ts';
import { createUnitReader } from './units.ts';

export type FigureReading = {
  /** The figure as written, number, unit and qualifiers ("8万余人", "增长 -0.5%"). */
  text: string;
  start: number;
  end: number;
  /** The number in the unit as written, exactly, as a decimal string with its sign ("-0.5", "34000"). */
  value: string;
  /** The unit as written after the number ("万元", "%"), "" for 百分之…; its dimension and power of ten. */
  unit: string;
  dimension: string;
  exponent: number;
  /** value: a level; growth: a rate of change; change: the size of one (比上年增加12天); baseline: where
   *  a change started (由…); unsure: a range or vague amount the pipeline leaves out. */
  role: NumberRole;
  /** Of a growth rate: 1 for 增长, -1 for 下降 (the value keeps its own written sign). */
  sign: 1 | -1;
  bound: 'min' | 'max' | null;
  approximate: boolean;
};

const scanners = new Map<Lexicon, NumberScanner>();

/** Reads every figure of `text` with the project's lexicon (data/lexicon), or the one given. */
export function readFigures(text: string, lexicon: Lexicon = projectLexicon()): FigureReading[] {
  let scan = scanners.get(lexicon);
  if (!scan) {
    scan = createNumberScanner(createUnitReader(lexicon.units), lexicon.qualifiers);
    scanners.set(lexicon, scan);
  }
  return scan(text, 0).map((t) => ({
    text: text.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    value: t.decimal,
    unit: t.unit.text || t.unit.written || '',
    dimension: t.unit.dimension,
    exponent: t.unit.exponent,
    role: t.role,
    sign: t.sign,
    bound: t.bound ?? null,
    approximate: t.approximate ?? false,
  }));
}

let cached: Lexicon | null = null;
function projectLexicon(): Lexicon {
  cached ??= loadLexicon(fileURLToPath(new URL('../../data', import.meta.url)));
  return cached;
}
