// Drops page debris lines (breadcrumbs, "返回首页", editor footers, stray URLs, copyright blocks).
// Patterns live in data/lexicon/debris.yaml; this file only applies them.
export type DebrisRules = {
  lines: { name: string; pattern: RegExp }[];
  trailingBlocks: { name: string; pattern: RegExp }[];
};

export type DebrisResult = { lines: string[]; removed: { line: string; rule: string }[] };

/** `see` gives the line as the patterns read it (simplified characters, pinyin annotations hidden). */
export function removeDebris(
  lines: string[],
  rules: DebrisRules,
  see: (line: string) => string = (l) => l,
): DebrisResult {
  const removed: { line: string; rule: string }[] = [];
  const nonEmpty = lines.map((l, i) => ({ l: see(l.trim()), i })).filter((x) => x.l !== '');
  let cutAt = lines.length;
  const tailStart = nonEmpty[Math.floor(nonEmpty.length * 0.75)]?.i ?? lines.length;
  for (const { l, i } of nonEmpty) {
    if (i < tailStart) continue;
    const block = rules.trailingBlocks.find((r) => r.pattern.test(l));
    if (block) {
      cutAt = i;
      for (const rest of lines.slice(i)) if (rest.trim()) removed.push({ line: rest.trim(), rule: block.name });
      break;
    }
  }
  const kept: string[] = [];
  for (const line of lines.slice(0, cutAt)) {
    const trimmed = line.trim();
    const seen = see(trimmed);
    const rule = trimmed === '' ? undefined : rules.lines.find((r) => r.pattern.test(seen));
    if (rule) removed.push({ line: trimmed, rule: rule.name });
    else kept.push(line);
  }
  return { lines: kept, removed };
}
