// Reads the figures of the VoID description and the catalogue from the public store — counts,
// coverage, licences, the publishing city — once per data version (every publish changes it).
import type * as RDF from '@rdfjs/types';
import type { CatalogueFacts, KindFacts, PublisherFacts } from '../../serialize/catalog/facts.ts';
import { RECORD_KINDS, type RecordKind } from '../../serialize/catalog/record-kinds.ts';
import type { Store } from '../../store/store.ts';
import { IriMinter } from '../../vocab/iri.ts';
import { dct, org, plaza, prov, rdf, skos } from '../../vocab/namespaces.ts';
import type { AppDeps } from '../deps.ts';

const iri = (n: RDF.NamedNode): string => `<${n.value}>`;
/** A SPARQL string literal (JSON's escapes are SPARQL's too). */
const str = (s: string): string => JSON.stringify(s);

type Row = ReadonlyMap<string, RDF.Term>;

async function select(store: Store, sparql: string): Promise<readonly Row[]> {
  const result = await store.query(sparql);
  if (result.type !== 'solutions') throw new Error('expected solutions');
  return result.rows;
}

const num = (row: Row | undefined, name: string): number => Number(row?.get(name)?.value ?? 0);
const text = (row: Row | undefined, name: string): string | undefined => row?.get(name)?.value;

/** An ISO day from the start (or end) of a date, dateTime, gYearMonth or gYear lexical form. */
export function isoDay(lexical: string, end: boolean): string | undefined {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(lexical);
  if (!m) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string | undefined, string | undefined];
  if (d !== undefined) return `${y}-${mo}-${d}`;
  if (mo !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return `${y}-${mo}-${end ? String(last).padStart(2, '0') : '01'}`;
  }
  return end ? `${y}-12-31` : `${y}-01-01`;
}

/** The namespace of a term IRI: everything up to its last '#' or '/'. */
function namespaceOf(term: string): string {
  return term.replace(/[^#/]*$/, '');
}

const ENDED = `${iri(prov('wasGeneratedBy'))}/${iri(prov('endedAtTime'))}`;

/**
 * The latest ingest time among a kind's members: on the member itself, or on what it belongs to
 * (minutes → their meeting, an expense report → its lines), since some kinds carry none of their own.
 */
function modifiedQuery(cls: string): string {
  return `SELECT (MAX(?t) AS ?modified) {
    ?s a ${cls} .
    { ?s ${ENDED} ?t } UNION { ?s ${iri(plaza('minutesOf'))}/${ENDED} ?t }
    UNION { ?line ${iri(dct('isPartOf'))} ?s ; ${ENDED} ?t }
  }`;
}

async function kindFacts(store: Store, kind: RecordKind): Promise<KindFacts> {
  const cls = iri(kind.class);
  const [counted] = await select(
    store,
    `SELECT (COUNT(DISTINCT ?s) AS ?n) (MIN(STR(?s)) AS ?example) { ?s a ${cls} FILTER(isIRI(?s)) }`,
  );
  const [dated] = kind.datePath
    ? await select(
        store,
        `SELECT (MIN(?d) AS ?from) (MAX(?d) AS ?to) { ?s a ${cls} ; ${kind.datePath} ?v . BIND(SUBSTR(STR(?v), 1, 10) AS ?d) }`,
      )
    : [];
  const [ingested] = await select(store, modifiedQuery(cls));
  const licences = await select(
    store,
    `SELECT DISTINCT ?l ?m { ?s a ${cls} ; ${iri(dct('license'))} ?l OPTIONAL { ?l ${iri(skos('exactMatch'))} ?m } } ORDER BY ?l ?m`,
  );
  const from = text(dated, 'from');
  const to = text(dated, 'to');
  const modified = text(ingested, 'modified');
  const example = text(counted, 'example');
  const fromDay = from === undefined ? undefined : isoDay(from, false);
  const toDay = to === undefined ? undefined : isoDay(to, true);
  return {
    kind,
    entities: num(counted, 'n'),
    ...(fromDay ? { from: fromDay } : {}),
    ...(toDay ? { to: toDay } : {}),
    ...(modified ? { modified } : {}),
    ...(example ? { example } : {}),
    licences: [...new Set(licences.map((r) => (text(r, 'm') ?? text(r, 'l'))!))],
  };
}

async function publisherFacts(store: Store, minter: IriMinter): Promise<PublisherFacts> {
  // The city is the root of its organisation chart: the municipality that is no unit of another.
  const rows = await select(
    store,
    `SELECT ?o ?name { ?o ${iri(plaza('orgType'))} ${iri(minter.concept('org-type', 'municipality'))} ; ${iri(skos('prefLabel'))} ?name FILTER NOT EXISTS { ?o ${iri(org('unitOf'))} ?up } } ORDER BY ?o`,
  );
  const first = text(rows[0], 'o');
  const names: Record<string, string> = {};
  for (const row of rows) {
    const name = row.get('name');
    if (text(row, 'o') !== first || name?.termType !== 'Literal') continue;
    names[name.language || 'ko'] ??= name.value;
  }
  return first ? { iri: first, names } : { names: {} };
}

export async function readCatalogueFacts(
  store: Store,
  base: string,
  modified: Date | undefined,
): Promise<CatalogueFacts> {
  const [totals] = await select(
    store,
    `SELECT * {
      { SELECT (COUNT(*) AS ?triples) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } } }
      { SELECT (COUNT(DISTINCT ?s) AS ?entities) { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), ${str(`${base}id/`)})) } }
      { SELECT (COUNT(DISTINCT ?c) AS ?classes) { GRAPH ?g { ?s ${iri(rdf('type'))} ?c } } }
      { SELECT (COUNT(DISTINCT ?p) AS ?properties) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) { GRAPH ?g { ?s ?p ?o } } }
    }`,
  );
  const terms = await select(
    store,
    `SELECT DISTINCT ?t { GRAPH ?g { { ?s ?t ?o } UNION { ?s ${iri(rdf('type'))} ?t } } }`,
  );
  const vocabularies = [
    ...new Set(terms.map((r) => namespaceOf(text(r, 't') ?? '')).filter((ns) => ns !== '')),
  ]
    // Instance IRIs of this deployment are data, not vocabulary.
    .filter((ns) => !ns.startsWith(base))
    .sort();
  const kinds: KindFacts[] = [];
  for (const kind of RECORD_KINDS) kinds.push(await kindFacts(store, kind));
  return {
    base,
    triples: num(totals, 'triples'),
    entities: num(totals, 'entities'),
    classes: num(totals, 'classes'),
    properties: num(totals, 'properties'),
    distinctSubjects: num(totals, 'subjects'),
    distinctObjects: num(totals, 'objects'),
    kinds,
    publisher: await publisherFacts(store, new IriMinter(base)),
    vocabularies,
    // The canonical xsd:dateTime form (no ".000"): readers that normalise agree with those that do not.
    ...(modified ? { modified: modified.toISOString().replace(/\.000Z$/, 'Z') } : {}),
  };
}

/** The facts of the current data version, read once per version (concurrent callers share). */
export function catalogueFactsCache(
  deps: Pick<AppDeps, 'publicStore' | 'baseIri' | 'dataVersion' | 'lastPublishedAt'>,
): () => Promise<CatalogueFacts> {
  let cached: { version: string; facts: Promise<CatalogueFacts> } | undefined;
  return () => {
    const version = deps.dataVersion();
    if (cached?.version !== version) {
      const facts = readCatalogueFacts(deps.publicStore, deps.baseIri, deps.lastPublishedAt());
      // A failed read is not kept: the next request tries again.
      facts.catch(() => {
        if (cached?.facts === facts) cached = undefined;
      });
      cached = { version, facts };
    }
    return cached.facts;
  };
}
