// Between a page path (`/page/{type}/{key…}`) and the resource IRI it shows (`{base}id/{type}/{key…}`).
import { HttpError } from '../errors.ts';

// Keys are IRI path segments of unreserved characters (src/vocab/iri.ts mints nothing else).
const SEGMENT = /^[A-Za-z0-9._~-]+$/;
const MAX_PATH = 512;

/** The resource IRI for the part of a page path after `page/`; 400 when it cannot be one. */
export function resourceIri(base: string, rest: string): string {
  const segments = rest.split('/');
  const bad = segments.find((s) => !SEGMENT.test(s) || /^\.+$/.test(s));
  if (rest.length > MAX_PATH || segments.length < 2 || bad !== undefined)
    throw new HttpError(
      400,
      'MALFORMED_KEY',
      `"${rest.slice(0, 80)}" is not a resource path: expected {type}/{key}, segments of letters, digits, '.', '_', '~' or '-'`,
    );
  return `${base}id/${rest}`;
}

/** The page path of an IRI of this deployment (`{root}page/…`), or undefined for other IRIs. */
export function pagePath(base: string, root: string, iri: string): string | undefined {
  const prefix = `${base}id/`;
  if (!iri.startsWith(prefix)) return undefined;
  const rest = iri.slice(prefix.length);
  // Fragments (#decision, #redacted-…) are parts of their document's page.
  const hash = rest.indexOf('#');
  return `${root}page/${hash < 0 ? rest : `${rest.slice(0, hash)}#${encodeURIComponent(rest.slice(hash + 1))}`}`;
}

/** The path part of the base IRI: where the server's routes start (`/` for `http://host/`). */
export function basePath(base: string): string {
  return new URL(base).pathname;
}
