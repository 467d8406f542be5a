// Says which parts of a link were ignored, with suggestions, while the view renders what is valid.
import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n.ts';
import type { ViewProblem } from '../view-state/viewState.ts';

export function ProblemsBanner({
  problems,
  suggest,
}: {
  problems: ViewProblem[];
  suggest?: (p: ViewProblem) => { to: string; label: string }[];
}) {
  const { t } = useI18n();
  if (!problems.length) return null;
  const text = (p: ViewProblem) =>
    p.reason === 'unknown-metric'
      ? t('unknownMetric', { raw: p.raw })
      : p.reason === 'unknown-region'
        ? t('unknownRegion', { raw: p.raw })
        : p.reason === 'unknown-period'
          ? t('unknownPeriod', { raw: p.raw })
          : t('badValue', { raw: p.raw, param: p.param });
  return (
    <div role="status" className="mb-4 rounded-md border border-warn/50 bg-panel px-4 py-3 text-sm">
      <p className="font-medium text-warn">{t('ignoredParams')}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={`${p.param}-${p.raw}`}>
            {text(p)}
            {suggest?.(p).length ? (
              <span>
                {' '}
                — {t('didYouMean')}{' '}
                {suggest(p).map((s, i) => (
                  <span key={s.to}>
                    {i > 0 && '、'}
                    <Link to={s.to} className="text-accent underline">
                      {s.label}
                    </Link>
                  </span>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
