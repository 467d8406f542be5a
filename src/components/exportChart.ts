// Exports of a drawn chart: SVG and PNG (2×) with the chart's title and source line, so a picture
// pasted into a slide or a report still says what it shows and where the figures come from.
import type { EChartsType } from 'echarts/core';
import { FONT_FAMILY } from '../charts/themes.ts';
import { escapeHtml } from '../charts/escapeHtml.ts';

export type ExportText = {
  title: string;
  subtitle: string;
  source: string;
  background: string;
  ink: string;
  muted: string;
};

const PAD = 24;
const TITLE_SIZE = 22;
const LINE = 20;

/** A standalone SVG document: title and subtitle above the chart, source line below. */
export function composeSvg(chartSvg: string, width: number, height: number, text: ExportText): string {
  const header = PAD + TITLE_SIZE + LINE + 8;
  const total = header + height + LINE + PAD;
  const inner = chartSvg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg\b/, `<svg x="0" y="${header}"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${FONT_FAMILY}">`,
    `<rect width="100%" height="100%" fill="${text.background}"/>`,
    `<text x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="600" fill="${text.ink}">${escapeHtml(text.title)}</text>`,
    `<text x="${PAD}" y="${PAD + TITLE_SIZE + LINE}" font-size="14" fill="${text.muted}">${escapeHtml(text.subtitle)}</text>`,
    inner,
    `<text x="${PAD}" y="${header + height + LINE}" font-size="13" fill="${text.muted}">${escapeHtml(text.source)}</text>`,
    `</svg>`,
  ].join('\n');
}

export function chartSvg(chart: EChartsType, text: ExportText): { svg: string; width: number; height: number } {
  const width = chart.getWidth();
  const height = chart.getHeight();
  const svg = composeSvg(chart.renderToSVGString(), width, height, text);
  return { svg, width, height: Number(/height="(\d+)"/.exec(svg)?.[1] ?? height) };
}

export { downloadBlob } from './download.ts';

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
