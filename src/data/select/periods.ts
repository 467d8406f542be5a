// Periods as the dataset writes them: "2021", "2023-H1", "2023-Q3", "2023-01/09", "2020-11".
// Ordering is by the month a period ends; a whole year sorts after a part ending in December.

export type PeriodParts = { year: number; startMonth: number; endMonth: number };

export function parsePeriod(period: string): PeriodParts {
  const [y, part] = period.split('-');
  const year = Number(y);
  if (!part) return { year, startMonth: 1, endMonth: 12 };
  if (part === 'H1') return { year, startMonth: 1, endMonth: 6 };
  if (part === 'H2') return { year, startMonth: 7, endMonth: 12 };
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return { year, startMonth: q * 3 - 2, endMonth: q * 3 };
  }
  if (part.includes('/')) {
    const [from, to] = part.split('/').map(Number);
    return { year, startMonth: from ?? 1, endMonth: to ?? 12 };
  }
  return { year, startMonth: Number(part), endMonth: Number(part) };
}

/** Later periods first; for the same end, the longer span first (a year before its Q4). */
export function comparePeriodsDesc(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pb.year - pa.year || pb.endMonth - pa.endMonth || pa.startMonth - pb.startMonth || a.localeCompare(b);
}

export function isWholeYear(period: string): boolean {
  return /^\d{4}$/.test(period);
}

export function formatPeriod(period: string, lang: 'zh' | 'en'): string {
  const { year, startMonth, endMonth } = parsePeriod(period);
  const part = period.split('-')[1];
  if (lang === 'en') {
    if (!part) return String(year);
    if (part === 'H1' || part === 'H2') return `${year} ${part}`;
    if (part.startsWith('Q')) return `${year} ${part}`;
    const month = (m: number) => new Date(2000, m - 1, 1).toLocaleString('en', { month: 'short' });
    return startMonth === endMonth ? `${month(endMonth)} ${year}` : `${month(startMonth)}–${month(endMonth)} ${year}`;
  }
  if (!part) return `${year}年`;
  if (part === 'H1') return `${year}年上半年`;
  if (part === 'H2') return `${year}年下半年`;
  if (part.startsWith('Q')) return `${year}年第${'一二三四'[Number(part.slice(1)) - 1]}季度`;
  return startMonth === endMonth ? `${year}年${endMonth}月` : `${year}年${startMonth}—${endMonth}月`;
}
