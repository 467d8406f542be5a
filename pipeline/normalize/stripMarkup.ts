// HTML to plain text with line breaks where blocks end. Scripts, styles and comments are removed
// with their content; nothing from a source is ever kept as markup.
import { decodeHTML } from 'entities';

const removeWithContent = /<(script|style|noscript|template|iframe|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const comment = /<!--[\s\S]*?-->/g;
const blockBoundary = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr)\b[^>]*>/gi;
const anyTag = /<\/?[a-zA-Z][^<>]*>/g;

export function looksLikeHtml(text: string): boolean {
  return /<(p|div|br|span|a|html|body|script|table|h[1-6])\b[^>]*>/i.test(text);
}

export function stripMarkup(text: string): string {
  if (!looksLikeHtml(text) && !/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) return text;
  const withoutTags = text
    .replace(removeWithContent, '\n')
    .replace(comment, '\n')
    .replace(blockBoundary, '\n')
    .replace(anyTag, '');
  return decodeHTML(withoutTags).replace(/\u00a0/g, ' ');
}
