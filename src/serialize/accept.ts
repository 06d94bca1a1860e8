// Parses an HTTP Accept header into media ranges (RFC 9110 §12.5.1), leniently: a range that
// cannot be read is skipped rather than failing the request, as real clients send odd headers.

export interface MediaRange {
  /** Lower-cased; `*` for a wildcard. */
  readonly type: string;
  readonly subtype: string;
  /** Lower-cased names; values unquoted. `q` is not among them. */
  readonly params: ReadonlyMap<string, string>;
  /** 0…1 */
  readonly q: number;
  /** Position in the header: the client's own order breaks ties. */
  readonly index: number;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// RFC 9110 qvalue, plus the `.2` that Java's default Accept header sends
const QVALUE = /^(?:0?\.\d{0,3}|0|1(?:\.0{0,3})?)$/;

/** Splits on `sep` outside double-quoted strings. */
function splitOutsideQuotes(text: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted && ch === '\\' && i + 1 < text.length) {
      current += ch + (text[++i] as string);
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"')
    ? v.slice(1, -1).replace(/\\(.)/g, '$1')
    : v;
}

function parseRange(text: string, index: number): MediaRange | undefined {
  const [head = '', ...rawParams] = splitOutsideQuotes(text, ';');
  let full = head.trim().toLowerCase();
  if (full === '*') full = '*/*'; // Java's HttpURLConnection sends a bare `*`
  const [type = '', subtype = '', ...extra] = full.split('/');
  if (extra.length > 0 || !TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  if (type === '*' && subtype !== '*') return undefined;
  const params = new Map<string, string>();
  let q = 1;
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    if (eq < 0) continue;
    const name = raw.slice(0, eq).trim().toLowerCase();
    const value = unquote(raw.slice(eq + 1));
    if (name === 'q') {
      if (!QVALUE.test(value)) return undefined;
      q = Number(value);
    } else params.set(name, value);
  }
  return { type, subtype, params, q, index };
}

/** The ranges of an Accept header; an absent or blank header accepts anything (`*\/*`). */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (header === undefined || header.trim() === '') {
    return [{ type: '*', subtype: '*', params: new Map(), q: 1, index: 0 }];
  }
  const ranges: MediaRange[] = [];
  for (const part of splitOutsideQuotes(header, ',')) {
    if (part.trim() === '') continue;
    const range = parseRange(part, ranges.length);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** How specifically `range` names `mediaType` (higher is more specific), or -1 if it does not. */
export function specificity(range: MediaRange, mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  let level: number;
  if (range.type === '*') level = 0;
  else if (range.type !== type) return -1;
  else if (range.subtype === '*') level = 1;
  else if (range.subtype !== subtype) return -1;
  else level = 2;
  // We write UTF-8 only: a range asking for another charset does not match. Other parameters
  // (a JSON-LD profile, a version) cannot select among variants we do not have, so they match.
  const charset = range.params.get('charset')?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return -1;
  return level * 2 + (range.params.size > 0 ? 1 : 0);
}
