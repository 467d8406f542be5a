// Ids that stay the same across rebuilds: a prefix and a hash of what identifies the record.
import { createHash } from 'node:crypto';

export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}${createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 12)}`;
}
