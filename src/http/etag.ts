// Conditional GET: weak ETags keyed on what a representation depends on, and whether an
// If-None-Match header matches the current ETag (weak comparison, lists and `*`, RFC 9110 §13.1.2).
import { createHash } from 'node:crypto';

export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const current = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === current || tag === '*');
}

/**
 * A weak ETag from the parts a response depends on (the data version, format, language, query …);
 * the parts are separated so that ("ab", "c") and ("a", "bc") differ.
 */
export function weakEtag(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return `W/"${hash.digest('base64url').slice(0, 22)}"`;
}
