// What the real pages brought to the dashboard: figures named by the documents' own words (never
// mixed with reviewed metrics), corrections shown beside the figures they touch, undated pages.
import { dataset } from './dataset.ts';
import { expect, test } from './fixtures.ts';

const unreviewed = dataset.metrics.filter((m) => m.reviewed === false);
const corrected = dataset.facts.filter((f) => f.corrected);

test('the compare picker offers unreviewed metrics only in a group of their own', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('/compare?metric=gdp');
  // By role: the first paint's inert picture of the picker (the chosen option and the widest few) is
  // not a control, and is not what the reader opens.
  const picker = page.getByRole('combobox', { name: '指标', exact: true });
  const group = picker.locator('optgroup[label="未审核指标（按原文用词）"]');
  await expect(group).toHaveCount(1);
  const inGroup = await group.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(new Set(inGroup)).toEqual(new Set(unreviewed.map((m) => m.id)));
  const elsewhere = await picker
    .locator('optgroup:not([label="未审核指标（按原文用词）"]) option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(elsewhere.some((id) => unreviewed.some((m) => m.id === id))).toBe(false);
});

test('an unreviewed metric’s page says it is named by the report’s own words', async ({ page, pageErrors }) => {
  void pageErrors;
  const metric = unreviewed[0];
  await page.goto(`/metrics/${metric?.id}`);
  await expect(page.getByRole('heading', { level: 1, name: metric?.name })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('按报告原文用词命名的未审核指标');
});

test('a corrected figure carries its note on its report page and its region page', async ({ page, pageErrors }) => {
  void pageErrors;
  const fact = corrected[0];
  expect(fact, 'data/corrections.yaml corrects at least one figure').toBeDefined();
  await page.goto(`/reports/${fact?.reportId}`);
  await expect(page.locator('[data-corrected]').first()).toContainText(fact?.corrected ?? '—');
  await page.goto(`/regions/${fact?.regionId}`);
  await expect(page.locator('[data-corrected]').first()).toContainText('已人工更正');
});

test('a page without a date says so instead of a date', async ({ page, pageErrors }) => {
  void pageErrors;
  const report = dataset.reports.find((r) => r.date === '' && dataset.facts.some((f) => f.reportId === r.id));
  await page.goto(`/reports/${report?.id}`);
  await expect(page.getByText('日期不详').first()).toBeVisible();
});

test('periods of real pages read as what they are: so far this year, a five-year span', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const ytd = dataset.facts.find((f) => f.period.endsWith('-YTD'));
  const span = dataset.facts.find((f) => /^\d{4}\/\d{4}$/.test(f.period));
  await page.goto(`/reports/${ytd?.reportId}`);
  await expect(page.getByText(`${ytd?.period.slice(0, 4)}年以来`).first()).toBeVisible();
  await page.goto(`/reports/${span?.reportId}`);
  await expect(page.getByText(`${span?.period.replace('/', '—')}年`).first()).toBeVisible();
});
