// Turns the bytes of a source file into text, or says precisely why it cannot.
// Sources come from the web: UTF-8 mostly, GBK/GB18030 from older portals, and now and then a
// PDF or image saved with a .txt name. Each gets a named outcome; nothing throws.

export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false; reason: string };

/** A larger file is almost certainly a dump or a mistake, and would slow every build. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeSource(bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: `file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit for one source`,
    };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (not text): contains NUL or control bytes' };

  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const asUtf8 = tryDecode(utf8, body);
  const decoded: { text: string; encoding: 'utf-8' | 'gb18030' } | null =
    asUtf8 !== null
      ? { text: asUtf8, encoding: 'utf-8' }
      : (() => {
          const asGb = tryDecode(gb18030, body);
          return asGb === null ? null : { text: asGb, encoding: 'gb18030' as const };
        })();
  if (decoded === null) return { ok: false, reason: 'not valid UTF-8 or GB18030 text' };
  if (decoded.text.trim() === '') return { ok: false, reason: 'file contains only white space' };
  return { ok: true, ...decoded };
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** NUL anywhere, or many C0 control bytes in the first 8 KB, means the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls += 1;
  }
  return controls > sample.length * 0.02;
}
