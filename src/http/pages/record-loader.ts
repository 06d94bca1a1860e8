// What every record page shows about its resource: its statements, disclosure decision, withheld
// parts, classification chains, policy context and provenance. IRIs to label go into `need`.
import type * as RDF from '@rdfjs/types';
import { dct, plaza, prov, rdf, rdfs } from '../../vocab/namespaces.ts';
import { iri, type Fact, type PageReader, type Withheld } from './page-reader.ts';
import { sparql } from './sparql-text.ts';

export interface Decision {
  readonly status?: string | undefined;
  readonly grounds: readonly string[];
  readonly release?: string | undefined;
  readonly rule?: string | undefined;
  readonly releasedOn?: string | undefined;
}

export interface ContextLink {
  readonly target: string;
  readonly basis?: string | undefined;
}

export interface Provenance {
  readonly file?: string | undefined;
  readonly line?: string | undefined;
  readonly ingested?: string | undefined;
  readonly mapping?: string | undefined;
}

export interface RecordData {
  readonly iri: string;
  readonly types: ReadonlySet<string>;
  readonly facts: readonly Fact[];
  readonly decision?: Decision | undefined;
  /** Placeholders of the record (plaza:redaction, plaza:withheldContent), each once. */
  readonly withheldParts: readonly Withheld[];
  readonly contexts: readonly ContextLink[];
  /** One chain per classification, broadest first. */
  readonly chains: readonly (readonly string[])[];
  readonly provenance?: Provenance | undefined;
}

const first = (facts: readonly Fact[], p: RDF.NamedNode): RDF.Term | undefined =>
  facts.find((f) => f.predicate === p.value)?.object;

export function objectsOf(facts: readonly Fact[], p: RDF.NamedNode): RDF.Term[] {
  return facts.filter((f) => f.predicate === p.value).map((f) => f.object);
}

export async function loadRecord(
  reader: PageReader,
  subject: string,
  need: Set<string>,
): Promise<RecordData> {
  const node = iri(subject);
  const facts = await reader.facts(node);
  const types = new Set(objectsOf(facts, rdf('type')).map((t) => t.value));
  const decisionNode = first(facts, plaza('disclosure'));
  const [decision, contexts, chains, provenance] = await Promise.all([
    decisionNode?.termType === 'NamedNode' ? loadDecision(reader, decisionNode) : undefined,
    loadContexts(reader, node),
    loadChains(reader, node),
    loadProvenance(reader, node),
  ]);
  const withheldParts = new Map<string, Withheld>();
  for (const fact of facts) if (fact.withheld) withheldParts.set(fact.withheld.node, fact.withheld);

  need.add(subject);
  for (const f of facts) {
    need.add(f.predicate);
    if (f.object.termType === 'NamedNode') need.add(f.object.value);
    for (const g of f.withheld?.grounds ?? []) need.add(g);
    if (f.withheld?.property) need.add(f.withheld.property);
  }
  for (const t of types) need.add(t);
  if (decision) {
    for (const g of decision.grounds) need.add(g);
    if (decision.status) need.add(decision.status);
    if (decision.rule) need.add(decision.rule);
  }
  for (const c of contexts) {
    need.add(c.target);
    if (c.basis) need.add(c.basis);
  }
  for (const chain of chains) for (const c of chain) need.add(c);
  return {
    iri: subject,
    types,
    facts,
    decision,
    withheldParts: [...withheldParts.values()],
    contexts,
    chains,
    provenance,
  };
}

async function loadDecision(reader: PageReader, node: RDF.NamedNode): Promise<Decision> {
  const facts = await reader.facts(node);
  return {
    status: first(facts, plaza('disclosureStatus'))?.value,
    grounds: objectsOf(facts, plaza('legalGround')).map((g) => g.value),
    release: first(facts, plaza('scheduledRelease'))?.value,
    rule: first(facts, plaza('releaseRule'))?.value,
    releasedOn: first(facts, plaza('releasedOn'))?.value,
  };
}

async function loadContexts(reader: PageReader, node: RDF.NamedNode): Promise<ContextLink[]> {
  const rows = await reader.rows(sparql`SELECT ?target (SAMPLE(?b) AS ?basis) WHERE {
    ${node} plaza:policyContext ?target .
    OPTIONAL { ${node} plaza:qualifiedPolicyContext ?l . ?l plaza:linkTarget ?target ; plaza:linkBasis ?b }
  } GROUP BY ?target ORDER BY ?target`);
  return rows.map((r) => ({ target: r.get('target')?.value ?? '', basis: r.get('basis')?.value }));
}

/** Classification chains: each subject that is not the broader concept of another subject. */
async function loadChains(reader: PageReader, node: RDF.NamedNode): Promise<string[][]> {
  const rows = await reader.rows(sparql`SELECT ?leaf ?x ?up WHERE {
    ${node} dct:subject ?leaf .
    ?leaf skos:broader* ?x .
    OPTIONAL { ?x skos:broader ?up }
  }`);
  const up = new Map<string, string>();
  const leaves = new Set<string>();
  for (const r of rows) {
    const x = r.get('x')?.value;
    const parent = r.get('up')?.value;
    const leaf = r.get('leaf')?.value;
    if (leaf) leaves.add(leaf);
    if (x && parent) up.set(x, parent);
  }
  const chains = [...leaves].sort().map((leaf) => {
    const chain = [leaf];
    // A cycle in broader links would loop forever; the chain stops where it repeats.
    for (let c = up.get(leaf); c !== undefined && !chain.includes(c); c = up.get(c)) chain.push(c);
    return chain;
  });
  // A subject on another subject's chain is shown by that chain.
  return chains
    .filter((chain) => !chains.some((other) => other !== chain && other.includes(chain[0] ?? '')))
    .map((chain) => chain.reverse());
}

async function loadProvenance(
  reader: PageReader,
  node: RDF.NamedNode,
): Promise<Provenance | undefined> {
  const rows = await reader.rows(sparql`SELECT ?file ?line ?ended ?mapping WHERE {
    ${node} prov:wasGeneratedBy ?a .
    OPTIONAL { ?a prov:endedAtTime ?ended }
    OPTIONAL { ?a plaza:mappingVersion ?mapping }
    OPTIONAL { ?a prov:used ?s . ?s plaza:sourceFile ?file . OPTIONAL { ?s plaza:sourceLine ?line } }
  } LIMIT 1`);
  const r = rows[0];
  if (!r) return undefined;
  return {
    file: r.get('file')?.value,
    line: r.get('line')?.value,
    ingested: r.get('ended')?.value,
    mapping: r.get('mapping')?.value,
  };
}

/** Properties a record page shows in its own sections rather than in the facts list. */
export const SHOWN_ELSEWHERE: ReadonlySet<string> = new Set(
  [
    rdf('type'),
    dct('title'),
    dct('subject'),
    dct('accessRights'),
    plaza('disclosure'),
    plaza('policyContext'),
    plaza('qualifiedPolicyContext'),
    plaza('redaction'),
    plaza('withheldContent'),
    prov('wasGeneratedBy'),
    rdfs('label'),
  ].map((t) => t.value),
);
