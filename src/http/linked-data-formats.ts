// What /id, /data and /def negotiate between: the four RDF formats of a description, the HTML page
// as one more candidate of the one conneg function, and the record-with-context JSON-LD profile.
import { parseAccept } from '../serialize/accept.ts';
import { negotiate, type Negotiation } from '../serialize/conneg.ts';
import { FORMATS, type Format } from '../serialize/formats.ts';
import { HttpError } from './errors.ts';
import { RECORD_WITH_CONTEXT_PROFILE } from './record-context.ts';

function format(name: string): Format {
  const found = FORMATS.find((f) => f.name === name);
  if (!found) throw new Error(`formats.ts has no ${name}`);
  return found;
}

/** A description's formats, in order of preference (Turtle first: people read it). */
export const DATA_FORMATS: readonly Format[] = ['ttl', 'nt', 'jsonld', 'rdf'].map(format);

/**
 * "The HTML page" as a conneg candidate, so q-values weigh it against the RDF formats. It is no
 * result format (hence the cast: only its media types and names are read by negotiate); routes
 * compare against it by identity. `family: 'graph'` keeps `format=json`/`xml` meaning JSON-LD/RDF/XML.
 */
export const PAGE = {
  name: 'html',
  mediaType: 'text/html',
  aliases: ['application/xhtml+xml'],
  extension: 'html',
  family: 'graph',
  oxigraph: '',
} as unknown as Format;

/** /id's candidates: the page first, so a client that states no preference gets the page. */
export const ID_CANDIDATES: readonly Format[] = [PAGE, ...DATA_FORMATS];

/** The profile a request asks for: `?profile=` (short `context` or the URI) or Accept's parameter. */
export type Profile = 'record-with-context' | undefined;

/** `?format=`, else Accept; a failed negotiation is thrown (406/400 by the error mapping). */
export function negotiateOrThrow(
  accept: string | undefined,
  formatParam: string | undefined,
  candidates: readonly Format[],
  subject: string,
): Format {
  const result: Negotiation = negotiate({ accept, format: formatParam, candidates, subject });
  if (!result.ok) throw result.error;
  return result.format;
}

/**
 * The profile wanted: `?profile=context` (or the profile URI), or a JSON-LD range in Accept with
 * `profile="…#record-with-context"` (a profile parameter may list several URIs).
 */
export function requestedProfile(
  accept: string | undefined,
  profileParam: string | undefined,
): Profile {
  if (profileParam !== undefined) {
    if (profileParam === 'context' || profileParam === RECORD_WITH_CONTEXT_PROFILE)
      return 'record-with-context';
    throw new HttpError(
      400,
      'UNKNOWN_PROFILE',
      `unknown profile=${JSON.stringify(profileParam.slice(0, 80))}; the one profile is "context" (${RECORD_WITH_CONTEXT_PROFILE})`,
    );
  }
  const asked = parseAccept(accept).some(
    (r) =>
      r.q > 0 &&
      `${r.type}/${r.subtype}` === 'application/ld+json' &&
      (r.params.get('profile') ?? '').split(/\s+/).includes(RECORD_WITH_CONTEXT_PROFILE),
  );
  return asked ? 'record-with-context' : undefined;
}
