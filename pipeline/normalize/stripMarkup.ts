// HTML to plain text with line breaks where blocks end. Scripts, styles and comments are removed
// with their content (the <title> too: it is the report title, see htmlTitle, not body text);
// nothing from a source is ever kept as markup.
import { decodeHTML } from 'entities';

const removeWithContent = /<(script|style|noscript|template|iframe|svg|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const comment = /<!--[\s\S]*?-->/g;
// "<!DOCTYPE html>", "<?xml …?>": declarations, not text.
const declaration = /<![A-Za-z][^>]*>|<\?[A-Za-z][^>]*\?>/g;
const blockBoundary =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr)\b[^>]*>/gi;
const anyTag = /<\/?[a-zA-Z][^<>]*>/g;

export function looksLikeHtml(text: string): boolean {
  return /<(p|div|br|span|a|html|body|script|table|h[1-6])\b[^>]*>/i.test(text);
}

export function stripMarkup(text: string): string {
  if (!looksLikeHtml(text) && !/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) return text;
  const withoutTags = text
    .replace(removeWithContent, '\n')
    .replace(comment, '\n')
    .replace(declaration, '\n')
    .replace(blockBoundary, '\n')
    .replace(anyTag, '');
  return decodeHTML(withoutTags).replace(/\u00a0/g, ' ');
}

/**
 * The headline of an HTML page: its first <h1>, else its <title> without the site name that CMSs
 * append ("前三季度我县经济运行稳中有进_德清县人民政府"). Null for text that is not HTML.
 */
export function htmlTitle(text: string): string | null {
  if (!looksLikeHtml(text)) return null;
  const clean = (s: string | undefined) =>
    decodeHTML((s ?? '').replace(anyTag, ''))
      .replace(/\s+/g, ' ')
      .trim();
  const h1 = clean(/<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(text)?.[1]);
  if (h1) return h1;
  const title = clean(/<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(text)?.[1]);
  return title.replace(/\s*([_|｜]|\s[-—–]\s).*$/, '').trim() || null;
}
