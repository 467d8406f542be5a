// The text the extractor matches against: simplified characters and half-width digits and
// punctuation, with exactly the same length as the stored text, so every offset found in it is
// also an offset into the original (traditional characters stay in quotes).
import * as OpenCC from 'opencc-js/t2cn';

// 'tw' gives the mainland form where the variants differ (著力 → 着力), and its dictionaries
// map every key to a value of the same length; the phrase presets do not, so are not used.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const halfWidth: Record<string, string> = {
  '．': '.',
  '％': '%',
  '：': ':',
  '∶': ':',
  '﹪': '%',
  '＋': '+',
  '－': '-',
  '～': '~',
  '（': '(',
  '）': ')',
  '／': '/',
  '　': ' ',
};

function toHalfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // ０-９
  if (code >= 0xff21 && code <= 0xff5a) return String.fromCharCode(code - 0xfee0); // Ａ-ｚ
  return halfWidth[ch] ?? ch;
}

export function toMatchText(text: string): { matchText: string; converted: boolean } {
  const halfWidthText = text.replace(/[\uff01-\uff5e\u3000\u2236\ufe6a]/g, toHalfWidth);
  // Most pages are simplified already: when none of their characters converts, neither does the page.
  if (!hasTraditional(halfWidthText)) return { matchText: halfWidthText, converted: false };
  const simplified = toSimplified(halfWidthText);
  if (simplified.length === halfWidthText.length) {
    return { matchText: simplified, converted: simplified !== halfWidthText };
  }
  // Rare dictionary entries turn a BMP character into an astral one; convert character by
  // character and keep the original wherever the length would change.
  let out = '';
  for (const ch of halfWidthText) {
    const c = toSimplified(ch);
    out += c.length === ch.length ? c : ch;
  }
  return { matchText: out, converted: out !== halfWidthText };
}

/** How much of a text is in traditional characters: the share of Han characters opencc changes. */
export function traditionalShare(text: string, matchText: string): number {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // CJK Unified Ideographs and Extension A: where opencc's changes happen.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
      han += 1;
      if (code !== matchText.charCodeAt(i)) changed += 1;
    }
  }
  return han === 0 ? 0 : changed / han;
}

/** Whether any character of the text is one opencc converts (each distinct character tried once,
 *  then remembered: 0 unknown, 1 stays, 2 converts). */
const converts = new Uint8Array(0x10000);
function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    let state = converts[code];
    if (state === 0) {
      const ch = text[i] as string;
      state = toSimplified(ch) !== ch ? 2 : 1;
      converts[code] = state;
    }
    if (state === 2) return true;
  }
  return false;
}

/** A name or title for display: simplified characters, its own punctuation kept ("（香格里拉网讯）"). */
export function toSimplifiedName(text: string): string {
  return toSimplified(text);
}
