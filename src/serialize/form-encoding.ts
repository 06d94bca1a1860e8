// Strict decoding of what a protocol request carries: UTF-8 bytes, `a=b&c=d` parameter lists, and
// Content-Type headers. URLSearchParams would pass a stray `%` or broken UTF-8 through silently.
import { ProtocolError } from './protocol-error.ts';

export type Parameter = readonly [name: string, value: string];

/** Decodes UTF-8 (a leading BOM is dropped); anything else is INVALID_UTF8 naming `where`. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProtocolError('INVALID_UTF8', `the ${where} is not valid UTF-8`, { field: where });
  }
}

const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/;

function decodeComponent(text: string, where: string): string {
  const stray = STRAY_PERCENT.exec(text);
  if (stray) {
    const near = text.slice(stray.index, stray.index + 3);
    throw new ProtocolError(
      'MALFORMED_ENCODING',
      `malformed percent-encoding ${JSON.stringify(near)} in the ${where}: '%' must be followed by two hex digits`,
      { field: where },
    );
  }
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new ProtocolError(
      'INVALID_UTF8',
      `percent-encoded bytes in the ${where} are not valid UTF-8`,
      { field: where },
    );
  }
}

/** Parses `application/x-www-form-urlencoded` text (also a URL's query string, without `?`). */
export function decodeParameters(text: string, where: string): Parameter[] {
  const params: Parameter[] = [];
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeComponent(eq < 0 ? pair : pair.slice(0, eq), where);
    const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1), where);
    params.push([name, value]);
  }
  return params;
}

export interface ContentType {
  /** `type/subtype`, lower-cased. */
  readonly mediaType: string;
  /** Lower-cased parameter names; values unquoted. */
  readonly params: ReadonlyMap<string, string>;
}

export function parseContentType(header: string): ContentType {
  const [head = '', ...rest] = header.split(';');
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params.set(
      part.slice(0, eq).trim().toLowerCase(),
      part
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1'),
    );
  }
  return { mediaType: head.trim().toLowerCase(), params };
}
