// The latest published or released records, newest first, read from the public graph: a record's
// time is its ingest (prov:endedAtTime, or its meeting's or lines' for minutes and expense
// reports) or, when later, the day its withholding ended (plaza:releasedOn, 00:00 KST).
import type * as RDF from '@rdfjs/types';
import type { AtomEntry } from '../../serialize/atom-feed.ts';
import { RECORD_KINDS } from '../../serialize/catalog/record-kinds.ts';
import type { Store } from '../../store/store.ts';
import { dct, plaza, prov, rdf, skos, xsd } from '../../vocab/namespaces.ts';

const iri = (n: RDF.NamedNode): string => `<${n.value}>`;
/** An IRI read from the store, written back into a query (refused if it could break out of <>). */
const storeIri = (value: string): string => {
  if (/[<>"{}|^`\\\s]/.test(value)) throw new Error('unexpected IRI in the public graph');
  return `<${value}>`;
};

type Row = ReadonlyMap<string, RDF.Term>;

async function select(store: Store, sparql: string): Promise<readonly Row[]> {
  const result = await store.query(sparql);
  if (result.type !== 'solutions') throw new Error('expected solutions');
  return result.rows;
}

const ENDED = `${iri(prov('wasGeneratedBy'))}/${iri(prov('endedAtTime'))}`;

// Each branch binds the record itself, rather than one union joined to a shared pattern: oxigraph
// plans the former in a tenth of the time.
function latestQuery(limit: number): string {
  const disclosure = iri(plaza('disclosure'));
  return `SELECT ?record (MAX(?t) AS ?updated) {
  { ?record ${disclosure} ?d ; ${ENDED} ?t FILTER NOT EXISTS { ?record a ${iri(plaza('Expense'))} } }
  UNION { ?record ${disclosure} ?d ; ${iri(plaza('minutesOf'))}/${ENDED} ?t }
  UNION { ?record a ${iri(plaza('ExpenseReport'))} . ?line ${iri(dct('isPartOf'))} ?record ; ${ENDED} ?t }
  UNION { ?record ${disclosure}/${iri(plaza('releasedOn'))} ?day
          BIND(${iri(xsd('dateTime'))}(CONCAT(STR(?day), "T00:00:00+09:00")) AS ?t) }
} GROUP BY ?record ORDER BY DESC(?updated) ?record LIMIT ${String(limit)}`;
}

function detailQuery(records: readonly string[]): string {
  const decision = `${iri(plaza('disclosure'))}`;
  return `SELECT ?record ?title ?kind ?type ?dept ?status ?scheduled ?released {
  VALUES ?record { ${records.map(storeIri).join(' ')} }
  OPTIONAL { ?record ${iri(dct('title'))} ?title FILTER(isLiteral(?title)) }
  OPTIONAL { ?record ${iri(dct('type'))}/${iri(skos('prefLabel'))} ?kind FILTER(LANG(?kind) = "ko") }
  OPTIONAL { ?record ${iri(rdf('type'))} ?type }
  OPTIONAL { ?record ${iri(plaza('departmentName'))} ?dept }
  OPTIONAL { ?record ${decision}/${iri(plaza('disclosureStatus'))}/${iri(skos('prefLabel'))} ?status FILTER(LANG(?status) = "ko") }
  OPTIONAL { ?record ${decision}/${iri(plaza('scheduledRelease'))} ?scheduled }
  OPTIONAL { ?record ${decision}/${iri(plaza('releasedOn'))} ?released }
}`;
}

interface Detail {
  title?: string | undefined;
  titleIsKorean?: boolean;
  kind?: string | undefined;
  dept?: string | undefined;
  status?: string | undefined;
  scheduled?: string | undefined;
  released?: string | undefined;
}

function collect(rows: readonly Row[]): Map<string, Detail> {
  const details = new Map<string, Detail>();
  for (const row of rows) {
    const record = row.get('record')?.value ?? '';
    const d = details.get(record) ?? {};
    const title = row.get('title');
    // Korean first: a @ko title wins over any other.
    if (
      title?.termType === 'Literal' &&
      (!d.title || (!d.titleIsKorean && title.language === 'ko'))
    ) {
      d.title = title.value;
      d.titleIsKorean = title.language === 'ko';
    }
    const type = row.get('type')?.value;
    d.kind ??= row.get('kind')?.value ?? RECORD_KINDS.find((k) => k.class.value === type)?.title.ko;
    d.dept ??= row.get('dept')?.value;
    d.status ??= row.get('status')?.value;
    d.scheduled ??= row.get('scheduled')?.value;
    d.released ??= row.get('released')?.value;
    details.set(record, d);
  }
  return details;
}

function summary(d: Detail): string {
  const parts = [d.kind, d.dept, d.status].filter((p): p is string => !!p);
  if (d.released) parts.push(`${d.released} 공개 전환`);
  else if (d.scheduled) parts.push(`공개 예정일 ${d.scheduled}`);
  return parts.join(' · ');
}

/** The `limit` latest records as feed entries, newest first. */
export async function latestEntries(store: Store, limit: number): Promise<AtomEntry[]> {
  const latest = await select(store, latestQuery(limit));
  if (latest.length === 0) return [];
  const records = latest.map((r) => r.get('record')?.value ?? '');
  const details = collect(await select(store, detailQuery(records)));
  return latest.map((row) => {
    const id = row.get('record')?.value ?? '';
    const d = details.get(id) ?? {};
    return {
      id,
      // A withheld title is a placeholder node, not text: say so rather than show nothing.
      title: d.title ?? `(비공개 제목) ${d.kind ?? ''}`.trim(),
      updated: row.get('updated')?.value ?? '',
      summary: summary(d),
    };
  });
}
