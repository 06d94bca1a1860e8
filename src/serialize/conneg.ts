// Content negotiation as one pure function: `?format=` first, then the Accept header's q-values and
// specificity, then our order of preference. Used for query results and the service description.
import { parseAccept, specificity, type MediaRange } from './accept.ts';
import { FORMATS, formatsFor, type Format, type QueryForm } from './formats.ts';

export type NegotiationErrorCode =
  /** Nothing the client accepts (or names in `format=`) is available here: 406. */
  | 'NOT_ACCEPTABLE'
  /** A `format=` value names no format Plaza knows: 400. */
  | 'UNKNOWN_FORMAT'
  /** `format=` values name different formats: 400. */
  | 'FORMAT_CONFLICT';

export class NegotiationError extends Error {
  override readonly name = 'NegotiationError';
  constructor(
    readonly code: NegotiationErrorCode,
    message: string,
    /** The media types that could have been served (for the 406 body). */
    readonly acceptable: readonly string[],
  ) {
    super(message);
  }
}

export type Negotiation =
  | {
      readonly ok: true;
      readonly format: Format;
      /** The client's first choice is HTML: a browser (the route may show its page instead). */
      readonly prefersHtml: boolean;
    }
  | { readonly ok: false; readonly error: NegotiationError };

export interface NegotiationInput {
  /** The Accept header; absent means anything. */
  readonly accept?: string | undefined;
  /** `format=` values (and their synonyms `output=`, `results=`): short names or media types. */
  readonly format?: string | readonly string[] | undefined;
}

/** Names clients put in `format=` that formats.ts does not spell (SPARQLWrapper, Virtuoso, Jena). */
const SYNONYMS: Readonly<Record<string, string>> = {
  turtle: 'ttl',
  n3: 'ttl',
  ntriples: 'nt',
  'n-triples': 'nt',
  nquads: 'nq',
  'n-quads': 'nq',
  'json-ld': 'jsonld',
  'rdf+xml': 'rdf',
  rdfxml: 'rdf',
};
/** In a graph context, "json" and "xml" mean the graph's JSON and XML (what Virtuoso does). */
const GRAPH_SYNONYMS: Readonly<Record<string, string>> = { json: 'jsonld', xml: 'rdf' };

const HTML = new Set(['text/html', 'application/xhtml+xml']);

function mediaTypesOf(format: Format): readonly string[] {
  return [format.mediaType, ...format.aliases];
}

function matches(name: string, format: Format): boolean {
  return (
    format.name === name ||
    format.extension === name ||
    format.mediaType === name ||
    format.aliases.includes(name)
  );
}

/** The candidate `name` denotes, if any (short name, synonym or media type, parameters ignored). */
function resolveName(raw: string, candidates: readonly Format[]): Format | undefined {
  const name = (raw.split(';')[0] ?? '').trim().toLowerCase();
  const graphContext = candidates.every((f) => f.family === 'graph');
  const canonical = (graphContext ? GRAPH_SYNONYMS[name] : undefined) ?? SYNONYMS[name] ?? name;
  return candidates.find((f) => matches(canonical, f));
}

function fromFormatParameter(
  values: readonly string[],
  candidates: readonly Format[],
  subject: string,
): Negotiation | undefined {
  // SPARQLWrapper repeats the choice as `format=tsv&format=text/tab-separated-values`, and may put
  // a comma-separated list of media types in one value
  const items = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (items.length === 0) return undefined;
  const acceptable = candidates.map((f) => f.mediaType);
  const chosen = new Map<string, Format>();
  for (const item of items) {
    const format = resolveName(item, candidates);
    if (format) {
      chosen.set(format.name, format);
      continue;
    }
    const elsewhere = resolveName(item, FORMATS);
    if (!elsewhere) {
      const known = candidates.map((f) => f.name).join(', ');
      const message = `unknown format=${JSON.stringify(item)}; ${subject} answers as ${known} (or their media types)`;
      return { ok: false, error: new NegotiationError('UNKNOWN_FORMAT', message, acceptable) };
    }
    const message = `format=${item} (${elsewhere.mediaType}) is not available for ${subject}; use one of ${candidates.map((f) => f.name).join(', ')}`;
    return { ok: false, error: new NegotiationError('NOT_ACCEPTABLE', message, acceptable) };
  }
  const formats = [...chosen.values()];
  if (formats.length > 1) {
    const names = formats.map((f) => f.name).join(' and ');
    const message = `format= names different formats (${names}); give one`;
    return { ok: false, error: new NegotiationError('FORMAT_CONFLICT', message, acceptable) };
  }
  return { ok: true, format: formats[0] as Format, prefersHtml: false };
}

interface Rank {
  readonly q: number;
  readonly s: number;
  readonly index: number;
}

/** The most specific range naming one of `types` decides its quality (RFC 9110 §12.5.1). */
function rankOf(types: readonly string[], ranges: readonly MediaRange[]): Rank | undefined {
  let best: Rank | undefined;
  for (const type of types) {
    for (const range of ranges) {
      const s = specificity(range, type);
      if (s < 0) continue;
      const better =
        !best ||
        s > best.s ||
        (s === best.s && (range.q > best.q || (range.q === best.q && range.index < best.index)));
      if (better) best = { q: range.q, s, index: range.index };
    }
  }
  return best;
}

function outranks(a: Rank, b: Rank): boolean {
  if (a.q !== b.q) return a.q > b.q;
  if (a.s !== b.s) return a.s > b.s;
  return a.index < b.index;
}

/**
 * Picks one of `candidates` (the first is the default) for a request. `subject` names what is
 * being served, for messages ("a SELECT query", "the service description").
 */
export function negotiate(
  input: NegotiationInput & { readonly candidates: readonly Format[]; readonly subject: string },
): Negotiation {
  const { candidates, subject } = input;
  const formatValues = typeof input.format === 'string' ? [input.format] : (input.format ?? []);
  // a header of which nothing can be read is disregarded (RFC 9110 §12.5.1 allows it)
  const parsed = parseAccept(input.accept);
  // q=0 ranges stay: as the most specific match they refuse a type a wildcard would admit
  const ranges = parsed.length > 0 ? parsed : parseAccept(undefined);
  const topQ = Math.max(0, ...ranges.map((r) => r.q));
  const prefersHtml =
    topQ > 0 && ranges.some((r) => r.q === topQ && HTML.has(`${r.type}/${r.subtype}`));

  const byParameter = fromFormatParameter(formatValues, candidates, subject);
  if (byParameter) return byParameter.ok ? { ...byParameter, prefersHtml } : byParameter;

  // A browser's header ends in generic fallbacks (application/xml;q=0.9, */*;q=0.8) that say
  // nothing about RDF: for it only a format named by its own media type counts, else the default.
  const usable = prefersHtml ? ranges.filter((r) => r.type !== '*' && r.subtype !== '*') : ranges;
  let best: { format: Format; rank: Rank } | undefined;
  for (const format of candidates) {
    const rank = rankOf(prefersHtml ? [format.mediaType] : mediaTypesOf(format), usable);
    if (rank && rank.q > 0 && (!best || outranks(rank, best.rank))) best = { format, rank };
  }
  if (best) return { ok: true, format: best.format, prefersHtml };
  const fallback = candidates[0];
  if (prefersHtml && fallback) return { ok: true, format: fallback, prefersHtml };

  const acceptable = candidates.map((f) => f.mediaType);
  const message = `none of the media types in Accept: ${input.accept ?? ''} is available for ${subject}; available: ${acceptable.join(', ')}`;
  return { ok: false, error: new NegotiationError('NOT_ACCEPTABLE', message, acceptable) };
}

/** The format of a query's answer: SPARQL JSON for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE by default. */
export function negotiateFormat(
  input: NegotiationInput & { readonly form: QueryForm },
): Negotiation {
  return negotiate({
    ...input,
    candidates: formatsFor(input.form),
    subject: `a ${input.form} query`,
  });
}
