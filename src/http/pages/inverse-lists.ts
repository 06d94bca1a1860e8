// The paginated inverse lists of the resource pages: records pointing at a resource by one
// property (classification, responsible unit, part of), and the records a legal ground withholds.
import type * as RDF from '@rdfjs/types';
import { count, iri, type PageReader, type Row } from './page-reader.ts';
import { PAGE_SIZE } from './policy-context.ts';
import { sparql } from './sparql-text.ts';

export interface ListedRecord {
  readonly iri: string;
  readonly kind?: string | undefined;
  readonly date?: string | undefined;
}

export interface RecordPage {
  readonly total: number;
  readonly items: readonly ListedRecord[];
}

const offset = (page: number): number => (page - 1) * PAGE_SIZE;

function listed(rows: readonly Row[], need: Set<string>): ListedRecord[] {
  return rows.map((r) => {
    const item = {
      iri: r.get('r')?.value ?? '',
      kind: r.get('kind')?.value,
      date: r.get('date')?.value,
    };
    need.add(item.iri);
    if (item.kind) need.add(item.kind);
    return item;
  });
}

/** Records `?r {predicate} {target}`, newest first, with their Plaza kind and main date. */
export async function recordsPointingTo(
  reader: PageReader,
  predicate: RDF.NamedNode,
  target: string,
  page: number,
  need: Set<string>,
): Promise<RecordPage> {
  const node = iri(target);
  const [total, rows] = await Promise.all([
    reader.rows(sparql`SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r ${predicate} ${node} }`),
    reader.rows(sparql`SELECT ?r (SAMPLE(?k) AS ?kind) (MIN(STR(?d0)) AS ?date) WHERE {
      ?r ${predicate} ${node} .
      OPTIONAL { ?r a ?k . FILTER(STRSTARTS(STR(?k), "https://w3id.org/plaza/def#")) }
      OPTIONAL { ?r dct:created|dct:issued|schema:startDate|plaza:period|dct:date|plaza:executedAt ?d0 }
    } GROUP BY ?r ORDER BY DESC(?date) ?r LIMIT ${PAGE_SIZE} OFFSET ${offset(page)}`),
  ]);
  return { total: count(total), items: listed(rows, need) };
}

/** Records whose disclosure decision cites the ground, by scheduled release. */
export async function withholdingsCiting(
  reader: PageReader,
  ground: string,
  page: number,
  need: Set<string>,
): Promise<RecordPage> {
  const node = iri(ground);
  const [total, rows] = await Promise.all([
    reader.rows(
      sparql`SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r plaza:disclosure/plaza:legalGround ${node} }`,
    ),
    reader.rows(sparql`SELECT ?r (SAMPLE(?k) AS ?kind) (MIN(STR(?rel)) AS ?date) WHERE {
      ?r plaza:disclosure ?d . ?d plaza:legalGround ${node} .
      OPTIONAL { ?d plaza:scheduledRelease ?rel }
      OPTIONAL { ?r a ?k . FILTER(STRSTARTS(STR(?k), "https://w3id.org/plaza/def#")) }
    } GROUP BY ?r ORDER BY ?date ?r LIMIT ${PAGE_SIZE} OFFSET ${offset(page)}`),
  ]);
  return { total: count(total), items: listed(rows, need) };
}

/** Counts grouped by one concept (grade of the decisions citing a ground, reason of redactions). */
export async function groundCounts(
  reader: PageReader,
  ground: string,
  need: Set<string>,
): Promise<{ byGrade: [string, number][]; byReason: [string, number][] }> {
  const node = iri(ground);
  const [grades, reasons] = await Promise.all([
    reader.rows(sparql`SELECT ?c (COUNT(DISTINCT ?d) AS ?n) WHERE {
      ?d plaza:legalGround ${node} ; plaza:disclosureStatus ?c } GROUP BY ?c ORDER BY DESC(?n)`),
    reader.rows(sparql`SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {
      ?x a plaza:Redacted ; plaza:legalGround ${node} ; plaza:redactionReason ?c } GROUP BY ?c ORDER BY DESC(?n)`),
  ]);
  const pairs = (rows: readonly Row[]): [string, number][] =>
    rows.map((r) => {
      const c = r.get('c')?.value ?? '';
      need.add(c);
      return [c, Number(r.get('n')?.value ?? 0)];
    });
  return { byGrade: pairs(grades), byReason: pairs(reasons) };
}

/** A short list (at most `limit`, of a class when given) of subjects `?x {predicate} {target}`, with the full count. */
export async function shortList(
  reader: PageReader,
  predicate: RDF.NamedNode,
  target: string,
  need: Set<string>,
  /** Only subjects of this class. */
  type?: RDF.NamedNode,
  limit = 50,
): Promise<{ total: number; items: string[] }> {
  const node = iri(target);
  const [total, rows] = await Promise.all(
    type
      ? [
          reader.rows(
            sparql`SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ${predicate} ${node} ; a ${type} }`,
          ),
          reader.rows(
            sparql`SELECT DISTINCT ?x WHERE { ?x ${predicate} ${node} ; a ${type} } ORDER BY ?x LIMIT ${limit}`,
          ),
        ]
      : [
          reader.rows(sparql`SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ${predicate} ${node} }`),
          reader.rows(
            sparql`SELECT DISTINCT ?x WHERE { ?x ${predicate} ${node} } ORDER BY ?x LIMIT ${limit}`,
          ),
        ],
  );
  const items = rows.map((r) => r.get('x')?.value ?? '');
  for (const i of items) need.add(i);
  return { total: count(total), items };
}

/** The chain of broader resources above `start` by a property (org:unitOf, skos:broader), top first. */
export async function chainAbove(
  reader: PageReader,
  start: string,
  predicate: RDF.NamedNode,
  need: Set<string>,
): Promise<string[]> {
  const rows = await reader.rows(sparql`SELECT ?x ?up WHERE {
    ${iri(start)} ${predicate}* ?x . OPTIONAL { ?x ${predicate} ?up } }`);
  const up = new Map<string, string>();
  for (const r of rows) {
    const x = r.get('x')?.value;
    const u = r.get('up')?.value;
    if (x && u) up.set(x, u);
  }
  const chain: string[] = [];
  for (let c = up.get(start); c !== undefined && c !== start && !chain.includes(c); c = up.get(c))
    chain.push(c);
  for (const c of chain) need.add(c);
  return chain.reverse();
}
