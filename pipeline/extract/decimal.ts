// Exact decimal arithmetic on digit strings. 40.98 × 10^8 in floating point is
// 4097999999.9999995; shifting the decimal point in the string gives 4098000000.

/** "1,234.50" → "1234.50"; returns null if the text is not a plain decimal. */
export function normalizeDecimal(text: string): string | null {
  const plain = text.replace(/[,，]/g, '');
  return /^\d+(\.\d+)?$/.test(plain) ? plain : null;
}

/** Moves the decimal point `shift` places to the right (left when negative), exactly. */
export function shiftDecimal(decimal: string, shift: number): string {
  const negative = decimal.startsWith('-');
  const body = negative ? decimal.slice(1) : decimal;
  const [intPart = '0', fracPart = ''] = body.split('.');
  let digits = intPart + fracPart;
  let point = intPart.length + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const frac = digits.slice(point).replace(/0+$/, '');
  return (negative ? '-' : '') + (frac ? `${whole}.${frac}` : whole);
}

export function decimalToNumber(decimal: string): number {
  return Number(decimal);
}

/** a × b exactly, both decimal strings ("43907" × "0.0015" = "65.8605"). */
export function multiplyDecimal(a: string, b: string): string {
  const negative = a.startsWith('-') !== b.startsWith('-');
  const [ai = '0', af = ''] = a.replace(/^-/, '').split('.');
  const [bi = '0', bf = ''] = b.replace(/^-/, '').split('.');
  const product = (BigInt(ai + af) * BigInt(bi + bf)).toString();
  const result = shiftDecimal(product, -(af.length + bf.length));
  return negative && result !== '0' ? `-${result}` : result;
}
