// The `{type}/{key…}` of /id, /page and /data: which paths can name a Plaza resource, by the
// IriMinter's patterns (DESIGN §6). A path that fits no pattern names nothing: 404 without a look-up.
// Also the way back, from a resource IRI to its page path.
import { HttpError } from './errors.ts';

/** One key segment as IriMinter's `segment()` accepts it (dots-only segments are path steps). */
const SEG = '(?!\\.+(?:/|$))[A-Za-z0-9._~-]+';
/** A 1-based position (agenda items, lines, attendees, speaker turns). */
const N = '[1-9][0-9]{0,8}';

/** What each type's key looks like (after `{type}/`), as IriMinter mints it. */
const KEY_PATTERNS: Readonly<Record<string, { readonly pattern: RegExp; readonly shape: string }>> =
  {
    document: key(SEG, '{package_id}'),
    disclosure: key(SEG, '{nid}'),
    report: key(SEG, '{nid}'),
    'expense-report': key(`${SEG}(?:/line/${N})?`, '{nid}[/line/{n}]'),
    policy: key(SEG, '{id}'),
    programme: key(SEG, '{id}'),
    project: key(SEG, '{id}'),
    budget: key(`${SEG}/${SEG}(?:/${SEG})?`, '{year}/{phase}[/{code}]'),
    meeting: key(
      `${SEG}(?:/agenda/${N}(?:/decision)?|/attendee/${N}|/minutes(?:/turn/${N})?)?`,
      '{id}[/agenda/{n}[/decision] | /attendee/{n} | /minutes[/turn/{n}]]',
    ),
    process: key(`${SEG}(?:/element/${SEG})?`, '{id}[/element/{element}]'),
    org: key(SEG, '{code}'),
    'org-change': key(`${SEG}-\\d{4}-\\d\\d-\\d\\d`, '{code}-{yyyy-mm-dd}'),
    concept: key(`[a-z][a-z0-9-]*(?:/${SEG})?`, '{scheme}[/{notation}]'),
    legal: key(
      `not-stated|opengov-act(?:/art/${N}(?:/para/${N}(?:/item/${N})?)?)?`,
      'opengov-act/art/{n}/para/{n}/item/{n} | not-stated',
    ),
  };

function key(pattern: string, shape: string): { pattern: RegExp; shape: string } {
  return { pattern: new RegExp(`^(?:${pattern})$`), shape };
}

/** The resource types /id knows, for messages. */
export const RESOURCE_TYPES: readonly string[] = Object.keys(KEY_PATTERNS);

export type ResourcePath =
  | { readonly ok: true; readonly type: string; readonly path: string; readonly iri: string }
  | {
      readonly ok: false;
      readonly code: 'UNKNOWN_TYPE' | 'MALFORMED_KEY';
      readonly message: string;
    };

/**
 * Reads `{type}/{key…}` (the request path after `/id/`, `/page/` or `/data/`, still
 * percent-encoded: an encoded character is never part of a minted key) into the IRI
 * `{base}id/{type}/{key…}`.
 */
export function resolveResourcePath(rawPath: string, baseIri: string): ResourcePath {
  const slash = rawPath.indexOf('/');
  const type = slash < 0 ? rawPath : rawPath.slice(0, slash);
  const rest = slash < 0 ? '' : rawPath.slice(slash + 1);
  const kind = Object.hasOwn(KEY_PATTERNS, type) ? KEY_PATTERNS[type] : undefined;
  if (!kind) {
    return {
      ok: false,
      code: 'UNKNOWN_TYPE',
      message: `no resource type ${JSON.stringify(type.slice(0, 40))}; the types are ${RESOURCE_TYPES.join(', ')}`,
    };
  }
  if (!kind.pattern.test(rest)) {
    return {
      ok: false,
      code: 'MALFORMED_KEY',
      message: `${JSON.stringify(rest.slice(0, 80))} is not a ${type} key: expected ${type}/${kind.shape} (letters, digits, '.', '_', '~', '-')`,
    };
  }
  const path = `${type}/${rest}`;
  return { ok: true, type, path, iri: `${baseIri}id/${path}` };
}

/** The resolved `{type}/{key…}`, or the 404 (UNKNOWN_TYPE / MALFORMED_KEY) every route answers. */
export function resourceAt(rawPath: string, baseIri: string): { path: string; iri: string } {
  const resolved = resolveResourcePath(rawPath, baseIri);
  if (!resolved.ok) throw new HttpError(404, resolved.code, resolved.message);
  return resolved;
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
