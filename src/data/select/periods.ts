// Periods as the dataset writes them: "2021", "2023-H1", "2023-Q3", "2023-01/09", "2020-11",
// "2023-YTD" (so far in 2023, month not stated) and "2016/2020" (a span of years, a five-year plan).
// Ordering is by the month a period ends; a whole year sorts after a part ending in December, a
// span of years before its last year, and "so far this year" after the months of its year.

export type PeriodParts = {
  /** The year the period ends in. */
  year: number;
  /** The first year of a span of years; the same as `year` otherwise. */
  startYear: number;
  startMonth: number;
  /** 0 for "so far this year", whose last month is not known. */
  endMonth: number;
};

export function parsePeriod(period: string): PeriodParts {
  const span = /^(\d{4})\/(\d{4})$/.exec(period);
  if (span) return { year: Number(span[2]), startYear: Number(span[1]), startMonth: 1, endMonth: 12 };
  const [y, part] = period.split('-');
  const year = Number(y);
  const within = (startMonth: number, endMonth: number) => ({ year, startYear: year, startMonth, endMonth });
  if (!part) return within(1, 12);
  if (part === 'YTD') return within(1, 0);
  if (part === 'H1') return within(1, 6);
  if (part === 'H2') return within(7, 12);
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return within(q * 3 - 2, q * 3);
  }
  if (part.includes('/')) {
    const [from, to] = part.split('/').map(Number);
    return within(from ?? 1, to ?? 12);
  }
  return within(Number(part), Number(part));
}

/** Later periods first; for the same end, the longer span first (a year before its Q4, a five-year span before its last year). */
export function comparePeriodsDesc(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return (
    pb.year - pa.year ||
    pb.endMonth - pa.endMonth ||
    pa.startYear - pb.startYear ||
    pa.startMonth - pb.startMonth ||
    a.localeCompare(b)
  );
}

export function isWholeYear(period: string): boolean {
  return /^\d{4}$/.test(period);
}

/** The kind of period, for deciding which periods can share a chart: "year", "H1", "Q3", "01/09", "month", "ytd", "span". */
export function periodKind(period: string): string {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}\/\d{4}$/.test(period)) return 'span';
  const part = period.split('-')[1] ?? '';
  if (part === 'YTD') return 'ytd';
  if (/^\d{2}$/.test(part)) return 'month';
  return part;
}

export function formatPeriod(period: string, lang: 'zh' | 'en'): string {
  const { year, startYear, startMonth, endMonth } = parsePeriod(period);
  const part = period.includes('/') && !period.includes('-') ? 'span' : period.split('-')[1];
  if (lang === 'en') {
    if (!part) return String(year);
    if (part === 'span') return `${startYear}–${year}`;
    if (part === 'YTD') return `${year} to date`;
    if (part === 'H1' || part === 'H2') return `${year} ${part}`;
    if (part.startsWith('Q')) return `${year} ${part}`;
    const month = (m: number) => new Date(2000, m - 1, 1).toLocaleString('en', { month: 'short' });
    return startMonth === endMonth ? `${month(endMonth)} ${year}` : `${month(startMonth)}–${month(endMonth)} ${year}`;
  }
  if (!part) return `${year}年`;
  if (part === 'span') return `${startYear}—${year}年`;
  if (part === 'YTD') return `${year}年以来`;
  if (part === 'H1') return `${year}年上半年`;
  if (part === 'H2') return `${year}年下半年`;
  if (part.startsWith('Q')) return `${year}年第${'一二三四'[Number(part.slice(1)) - 1]}季度`;
  return startMonth === endMonth ? `${year}年${endMonth}月` : `${year}年${startMonth}—${endMonth}月`;
}
