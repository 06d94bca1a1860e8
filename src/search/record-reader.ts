// Reads search records from the public graph: one SELECT over the few properties search needs,
// grouped by graph and subject. Only the public store is ever passed in; a masked value is not in
// it, and a placeholder node is not a literal, so neither can become indexed text.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import type { Store } from '../store/store.ts';
import { sparqlTerm } from '../store/sparql-terms.ts';
import { dct, plaza, rdf, schema, skos } from '../vocab/namespaces.ts';
import { isGrade, KIND_BY_CLASS, type Lang, type RecordKind } from './kinds.ts';
import type { SearchRecord } from './search-index.ts';

const IDENTIFIERS = [dct('identifier'), plaza('documentNumber')];
const TEXT = [
  plaza('departmentName'),
  plaza('unitTaskLabel'),
  plaza('category'),
  plaza('researchField'),
  plaza('budgetProgrammeName'),
  plaza('budgetUnitName'),
  skos('prefLabel'),
  dct('description'),
];
/** Where a record's date comes from, in order of preference. */
const DATES = [
  dct('created'),
  dct('issued'),
  dct('date'),
  plaza('executedAt'),
  schema('startDate'),
  plaza('period'),
  plaza('creationYear'),
  plaza('fiscalYear'),
];
const UNITS = [plaza('responsibleUnit'), plaza('budgetOrganization'), plaza('committee')];
const OTHER = [dct('title'), dct('subject'), dct('accessRights'), plaza('withheldContent')];
const PREDICATES = [...IDENTIFIERS, ...TEXT, ...DATES, ...UNITS, ...OTHER]
  .map(sparqlTerm)
  .join(' ');
const CLASSES = [...KIND_BY_CLASS.keys()]
  .map((c) => sparqlTerm(DataFactory.namedNode(c)))
  .join(' ');

/** Graphs named in one query (a VALUES block); more are read in several queries. */
const GRAPHS_PER_QUERY = 500;
/** Result lines parsed per turn of the event loop: a large rebuild never holds the HTTP thread long. */
const LINES_PER_TURN = 20_000;

export interface ReadResult {
  readonly records: SearchRecord[];
  /** skos:prefLabel of every subject read (units, concepts): facet labels. */
  readonly labels: { readonly iri: string; readonly lang: Lang; readonly label: string }[];
}

/**
 * Every record of the public graph, or those of `graphs` only. Two SELECTs per batch (the typed
 * subjects, then the properties), answered as TSV: the store's parsed-row path costs several
 * times more per row than reading the text here.
 */
export async function readRecords(store: Store, graphs?: readonly string[]): Promise<ReadResult> {
  const quads: RDF.Quad[] = [];
  const batches: (readonly string[] | undefined)[] = [];
  if (!graphs) batches.push(undefined);
  else
    for (let i = 0; i < graphs.length; i += GRAPHS_PER_QUERY)
      batches.push(graphs.slice(i, i + GRAPHS_PER_QUERY));
  for (const batch of batches) {
    const values = batch
      ? `VALUES ?g { ${batch.map((g) => sparqlTerm(DataFactory.namedNode(g))).join(' ')} }`
      : '';
    const typed = await store.query(
      `SELECT ?g ?s ?p ?o WHERE { ${values} VALUES ?o { ${CLASSES} } BIND(${sparqlTerm(rdf('type'))} AS ?p) GRAPH ?g { ?s a ?o } }`,
      { format: 'tsv' },
    );
    quads.push(...(await parseTsv(typed)));
    const described = await store.query(
      `SELECT ?g ?s ?p ?o WHERE { ${values} VALUES ?p { ${PREDICATES} } GRAPH ?g { ?s ?p ?o } }`,
      { format: 'tsv' },
    );
    quads.push(...(await parseTsv(described)));
  }
  return recordsFrom(quads);
}

/**
 * SPARQL TSV rows `?g ?s ?p ?o` as quads: each row is rewritten as one TriG statement (TSV terms
 * are Turtle terms, bare numbers included) and parsed by N3, a slice at a time.
 */
async function parseTsv(tsv: string): Promise<RDF.Quad[]> {
  const lines = tsv
    .split('\n')
    .slice(1)
    .filter((l) => l !== '');
  const quads: RDF.Quad[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_TURN) {
    const trig = lines
      .slice(i, i + LINES_PER_TURN)
      .map((line) => {
        const [g, s, p, o] = line.split('\t');
        return `${g} { ${s} ${p} ${o} . }`;
      })
      .join('\n');
    quads.push(...new Parser({ format: 'TriG' }).parse(trig));
    if (i + LINES_PER_TURN < lines.length) await new Promise((r) => setImmediate(r));
  }
  return quads;
}

type Bag = Map<string, RDF.Term[]>;

function recordsFrom(quads: readonly RDF.Quad[]): ReadResult {
  const bags = new Map<string, { graph: string; subject: string; bag: Bag }>();
  for (const { graph: g, subject: s, predicate: p, object: o } of quads) {
    if (s.termType !== 'NamedNode') continue;
    const key = `${g.value} ${s.value}`;
    let entry = bags.get(key);
    if (!entry) bags.set(key, (entry = { graph: g.value, subject: s.value, bag: new Map() }));
    const values = entry.bag.get(p.value);
    if (values) values.push(o);
    else entry.bag.set(p.value, [o]);
  }
  const records: SearchRecord[] = [];
  const labels: ReadResult['labels'] = [];
  for (const { graph, subject, bag } of bags.values()) {
    for (const label of bag.get(skos('prefLabel').value) ?? [])
      if (label.termType === 'Literal' && (label.language === 'ko' || label.language === 'en'))
        labels.push({ iri: subject, lang: label.language, label: label.value });
    const kind = kindOf(bag);
    if (kind) records.push(toRecord(graph, subject, kind, bag));
  }
  return { records, labels };
}

function kindOf(bag: Bag): RecordKind | undefined {
  const classes = new Set((bag.get(rdf('type').value) ?? []).map((t) => t.value));
  for (const [cls, kind] of KIND_BY_CLASS) if (classes.has(cls)) return kind;
  return undefined;
}

function toRecord(graph: string, iri: string, kind: RecordKind, bag: Bag): SearchRecord {
  const all = (p: RDF.NamedNode): RDF.Term[] => bag.get(p.value) ?? [];
  const first = (ps: readonly RDF.NamedNode[]): RDF.Term | undefined =>
    ps.map((p) => all(p)[0]).find((t) => t !== undefined);
  const literals = (p: RDF.NamedNode): string[] =>
    all(p)
      .filter((t) => t.termType === 'Literal')
      .map((t) => t.value);
  const titleTerm = koreanFirst(all(dct('title'))) ?? koreanFirst(all(skos('prefLabel')));
  const date = first(DATES)?.value;
  const fiscal = all(plaza('fiscalYear'))[0]?.value;
  const unit = first(UNITS);
  const departmentName = literals(plaza('departmentName'))[0];
  const grade = lastSegment(all(dct('accessRights'))[0]?.value);
  return {
    iri,
    graph,
    kind,
    title: titleTerm?.value,
    date,
    year: (fiscal ?? date)?.match(/^\d{4}/)?.[0],
    department: unit?.termType === 'NamedNode' ? unit.value : departmentName,
    departmentName,
    classifications: all(dct('subject'))
      .filter((t) => t.termType === 'NamedNode')
      .map((t) => t.value),
    grade: grade !== undefined && isGrade(grade) ? grade : undefined,
    identifiers: [...literals(dct('identifier')), ...literals(plaza('documentNumber'))],
    withheld: all(plaza('withheldContent')).length > 0,
    text: [
      ...all(dct('title'))
        .filter((t) => t !== titleTerm && t.termType === 'Literal')
        .map((t) => t.value),
      ...TEXT.flatMap(literals),
    ],
  };
}

/** The @ko literal, else any literal; a placeholder node (a withheld title) is no title. */
function koreanFirst(terms: readonly RDF.Term[]): RDF.Literal | undefined {
  const literals = terms.filter((t): t is RDF.Literal => t.termType === 'Literal');
  return literals.find((t) => t.language === 'ko') ?? literals[0];
}

function lastSegment(iri: string | undefined): string | undefined {
  return iri?.slice(iri.lastIndexOf('/') + 1);
}
