// "嵌入 / Embed": the iframe snippet for the current view, the optional resize script, a live
// preview, minimal-embed options and the choice between a live embed and one pinned to the data.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { catalogQuery } from '../data/queries.ts';
import { useI18n } from '../i18n/useI18n.ts';

const DEFAULT_HEIGHT = 560;

export function embedUrl(
  origin: string,
  pathname: string,
  search: string,
  options: { hideTitle: boolean; hideControls: boolean; hideFootnote: boolean; pin: string | null },
): string {
  const params = new URLSearchParams(search);
  for (const key of ['hideTitle', 'hideControls', 'hideFootnote', 'pin']) params.delete(key);
  if (options.hideTitle) params.set('hideTitle', '1');
  if (options.hideControls) params.set('hideControls', '1');
  if (options.hideFootnote) params.set('hideFootnote', '1');
  if (options.pin) params.set('pin', options.pin);
  const q = params.toString();
  return `${origin}/embed${pathname}${q ? `?${q}` : ''}`;
}

export function iframeSnippet(src: string, title: string): string {
  const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" style="width: 100%; height: ${DEFAULT_HEIGHT}px; border: 0;"></iframe>`;
}

export function EmbedDialog({
  pathname,
  search,
  title,
  onClose,
}: {
  pathname: string;
  search: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const index = useQuery(catalogQuery());
  const [options, setOptions] = useState({ hideTitle: false, hideControls: true, hideFootnote: false, pinned: false });
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const origin = window.location.origin;
  const src = embedUrl(origin, pathname, search, {
    ...options,
    pin: options.pinned ? (index.data?.version ?? null) : null,
  });
  const snippet = useMemo(() => iframeSnippet(src, title), [src, title]);
  const script = `<script src="${origin}/embed.js" defer></script>`;
  const toggle = (key: keyof typeof options) => setOptions((o) => ({ ...o, [key]: !o[key] }));
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={`${id}-title`}
      className="m-auto w-[min(56rem,95vw)] rounded-lg border border-line bg-panel p-0 text-ink backdrop:bg-black/40"
    >
      <div className="max-h-[90vh] overflow-auto p-5">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t('embed')}
        </h2>
        <fieldset className="mt-3 flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">{t('embedOptions')}</legend>
          {(['hideTitle', 'hideControls', 'hideFootnote'] as const).map((key) => (
            <label key={key} className="flex items-center gap-1">
              <input type="checkbox" checked={options[key]} onChange={() => toggle(key)} /> {t(key)}
            </label>
          ))}
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={options.pinned} onChange={() => toggle('pinned')} />{' '}
            {t('pinToVersion', { version: index.data?.version ?? '…' })}
          </label>
        </fieldset>
        <label htmlFor={`${id}-snippet`} className="mt-4 block text-sm text-muted">
          {t('embedSnippet')}
        </label>
        <textarea
          id={`${id}-snippet`}
          readOnly
          value={snippet}
          rows={3}
          className="mt-1 w-full rounded border border-line bg-paper p-2 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <label htmlFor={`${id}-script`} className="mt-3 block text-sm text-muted">
          {t('embedScript')}
        </label>
        <textarea
          id={`${id}-script`}
          readOnly
          value={script}
          rows={1}
          className="mt-1 w-full rounded border border-line bg-paper p-2 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <p className="mt-3 text-sm text-muted">{t('embedPreview')}</p>
        <iframe
          src={src}
          title={`${t('embedPreview')}：${title}`}
          className="mt-1 h-[420px] w-full rounded border border-line"
        />
        <div className="mt-4 flex justify-end gap-2">
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(snippet)}
            className="rounded-md border border-line px-4 py-2"
          >
            {t('copySnippet')}
          </button>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="rounded-md bg-accent px-4 py-2 text-on-accent"
          >
            {t('close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
