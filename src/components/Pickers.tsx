// Metric, period and region pickers. They only report choices; the page writes them to the URL.
import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Metric, Region } from '../data/schema.ts';
import { formatPeriod } from '../data/select/periods.ts';
import { matchesRegion } from '../data/select/regions.ts';
import type { CoreData } from '../data/useCoreData.ts';
import { categoryName } from '../i18n/translate.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { FirstPaintContext } from './FirstPaintContext.ts';
import { pictureOptions } from './pictureOptions.ts';

const field = 'rounded-md border border-line bg-panel px-2 py-1.5 text-ink';

export function MetricPicker({
  metrics,
  value,
  onChange,
  label,
}: {
  metrics: Metric[];
  value: string;
  onChange: (id: string) => void;
  label?: string;
}) {
  const { t, metricName } = useI18n();
  const id = useId();
  const groups = useMemo(() => {
    const map = new Map<string, Metric[]>();
    for (const m of metrics) {
      // Metrics named by the documents' own words are offered only in a group of their own, last.
      const group = m.reviewed === false ? 'unreviewed' : m.category;
      map.set(group, [...(map.get(group) ?? []), m]);
    }
    const sorted = [...map.entries()].sort((a, b) => Number(a[0] === 'unreviewed') - Number(b[0] === 'unreviewed'));
    return sorted.map(([category, list]) => ({
      label: categoryName(t, category),
      options: list.map((m) => ({ value: m.id, label: `${metricName(m)}（${m.unit || t('growthOnly')}）` })),
    }));
  }, [metrics, t, metricName]);
  // In a build-time first paint the picker is only seen, never opened: see pictureOptions.
  const firstPaint = useContext(FirstPaintContext) !== null;
  const shown = useMemo(() => (firstPaint ? pictureOptions(groups, value) : groups), [firstPaint, groups, value]);
  return (
    <div className="flex max-w-full flex-col gap-1 text-sm text-muted">
      <label htmlFor={id}>{label ?? t('metric')}</label>
      <select
        id={id}
        className={`${field} min-w-48 max-w-full`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {shown.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** "comparable" (the period most regions share, named), "latest" (each region's own, periods mixed), or one period. */
export function PeriodPicker({
  periods,
  value,
  comparablePeriod,
  onChange,
}: {
  periods: string[];
  value: string;
  comparablePeriod: string | null;
  onChange: (p: string) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-sm text-muted">
      <label htmlFor={id}>{t('period')}</label>
      <select id={id} className={field} value={value} onChange={(e) => onChange(e.target.value)}>
        {comparablePeriod && (
          <option value="comparable">{t('comparablePeriod', { period: formatPeriod(comparablePeriod, lang) })}</option>
        )}
        <option value="latest">{t('latest')}</option>
        {(value === 'latest' || value === 'comparable' || periods.includes(value) ? periods : [value, ...periods]).map(
          (p) => (
            <option key={p} value={p}>
              {formatPeriod(p, lang)}
            </option>
          ),
        )}
      </select>
    </div>
  );
}

export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-1 text-sm text-muted">
      <legend className="mb-1">{label}</legend>
      <div className="flex w-fit max-w-full overflow-hidden rounded-md border border-line">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
            className={`px-3 py-1.5 ${o.value === value ? 'bg-accent text-on-accent' : 'bg-panel text-ink hover:bg-paper'}`}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** A few options as buttons, many as a list. */
export function Choice<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (v: T) => void;
}) {
  const id = useId();
  if (options.length <= 4) return <Segmented label={label} options={options} value={value} onChange={onChange} />;
  return (
    <div className="flex flex-col gap-1 text-sm text-muted">
      <label htmlFor={id}>{label}</label>
      <select id={id} className={field} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Searchable multi-select, grouped by the region's parent, searchable by characters and pinyin initials. */
export function RegionPicker({
  data,
  candidates,
  selected,
  onChange,
}: {
  data: CoreData;
  candidates: Region[];
  selected: string[] | null;
  onChange: (ids: string[] | null) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  // While the panel is open its ticks are the truth (the address follows a moment later, and an
  // empty choice never reaches it: the address always names at least one region), so "清除" then
  // ticking two regions compares those two, however fast they are ticked.
  const [draft, setDraft] = useState<Set<string> | null>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const chosen = draft ?? new Set(selected ?? candidates.map((c) => c.id));
  const close = () => {
    setOpen(false);
    setDraft(null);
  };
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    const onPointer = (e: PointerEvent) => !root.current?.contains(e.target as Node) && close();
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  const groups = useMemo(() => {
    const map = new Map<string, Region[]>();
    for (const r of candidates.filter((c) => matchesRegion(c, query))) {
      // Grouped by province and prefecture: the region's ancestors above its own level.
      const ancestors: Region[] = [];
      let parent = r.parentId ? data.region.get(r.parentId) : undefined;
      while (parent) {
        if (parent.level === 'province' || parent.level === 'prefecture') ancestors.unshift(parent);
        parent = parent.parentId ? data.region.get(parent.parentId) : undefined;
      }
      const key = ancestors.map((a) => a.name).join(' › ') || '—';
      map.set(key, [...(map.get(key) ?? []), r]);
    }
    return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0], 'zh-CN'));
  }, [candidates, query, data]);
  const choose = (next: Set<string>) => {
    const ids = candidates.map((c) => c.id).filter((c) => next.has(c));
    setDraft(next);
    if (ids.length > 0) onChange(ids.length === candidates.length ? null : ids);
  };
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    choose(next);
  };
  return (
    <div ref={root} className="relative flex flex-col gap-1 text-sm text-muted">
      <span id={`${panelId}-label`}>{t('regions')}</span>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-labelledby={`${panelId}-label ${panelId}-summary`}
        onClick={() => (open ? close() : (setDraft(new Set(selected ?? candidates.map((c) => c.id))), setOpen(true)))}
        className={`${field} min-w-44 text-left`}
      >
        <span id={`${panelId}-summary`}>
          {chosen.size === candidates.length
            ? `${t('allRegions')}（${candidates.length}）`
            : `${chosen.size} / ${candidates.length}`}
        </span>
      </button>
      {open && (
        <div
          id={panelId}
          className="absolute top-full z-20 mt-1 w-80 max-w-[90vw] rounded-md border border-line bg-panel p-3 shadow-lg"
        >
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('regionSearch')}
            aria-label={t('regionSearch')}
            className={`${field} w-full`}
          />
          <div className="mt-2 flex gap-3 text-xs">
            <button
              type="button"
              className="text-accent underline"
              onClick={() => choose(new Set(candidates.map((c) => c.id)))}
            >
              {t('selectAll')}
            </button>
            <button type="button" className="text-accent underline" onClick={() => setDraft(new Set())}>
              {t('clear')}
            </button>
            {draft?.size === 0 && <span className="text-muted">{t('pickRegions')}</span>}
          </div>
          <div className="mt-2 max-h-72 overflow-auto">
            {groups.map(([group, regions]) => (
              <fieldset key={group} className="mt-2">
                <legend className="text-xs text-muted">{group}</legend>
                {regions.map((r) => (
                  <label key={r.id} className="flex items-center gap-2 py-0.5 text-ink">
                    <input type="checkbox" checked={chosen.has(r.id)} onChange={() => toggle(r.id)} />
                    {r.name}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
