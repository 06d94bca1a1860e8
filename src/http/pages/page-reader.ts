// Reads what a page shows from the public store: rows of a SELECT, the labels of many IRIs in one
// query, and a resource's own statements with its withheld values' placeholders.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { Store } from '../../store/store.ts';
import { sparql } from './sparql-text.ts';

export type Row = ReadonlyMap<string, RDF.Term>;

/** Every literal label an IRI has (skos:prefLabel, rdfs:label, dct:title), in any language. */
export type Labels = ReadonlyMap<string, readonly RDF.Literal[]>;

/** A withheld value: the placeholder's legal grounds and scheduled release. */
export interface Withheld {
  readonly node: string;
  readonly grounds: readonly string[];
  readonly release?: string;
  readonly reason?: string;
  readonly property?: string;
}

export interface Fact {
  readonly predicate: string;
  readonly object: RDF.Term;
  /** Set when the object is a plaza:Redacted placeholder. */
  readonly withheld?: Withheld;
}

export const iri = (value: string): RDF.NamedNode => DataFactory.namedNode(value);

export class PageReader {
  constructor(
    private readonly store: Store,
    private readonly signal?: AbortSignal,
  ) {}

  async rows(query: string): Promise<readonly Row[]> {
    const result = await this.store.query(query, this.signal ? { signal: this.signal } : {});
    if (result.type !== 'solutions') throw new Error('a page query must be a SELECT');
    return result.rows;
  }

  async exists(subject: RDF.NamedNode): Promise<boolean> {
    const rows = await this.rows(sparql`SELECT ?p WHERE { ${subject} ?p ?o } LIMIT 1`);
    return rows.length > 0;
  }

  async types(subject: RDF.NamedNode): Promise<ReadonlySet<string>> {
    const rows = await this.rows(sparql`SELECT DISTINCT ?t WHERE { ${subject} a ?t }`);
    return new Set(rows.map((r) => r.get('t')?.value ?? ''));
  }

  /** The labels of every IRI given, in one query. */
  async labels(iris: Iterable<string>): Promise<Labels> {
    const unique = [...new Set(iris)].filter((v) => /^https?:/.test(v)).map(iri);
    const labels = new Map<string, RDF.Literal[]>();
    if (unique.length === 0) return labels;
    const rows = await this.rows(sparql`SELECT ?s ?l WHERE {
      VALUES ?s { ${unique} }
      ?s skos:prefLabel|rdfs:label|dct:title ?l . FILTER(isLiteral(?l))
    }`);
    for (const row of rows) {
      const s = row.get('s')?.value;
      const l = row.get('l');
      if (!s || l?.termType !== 'Literal') continue;
      const list = labels.get(s) ?? [];
      list.push(l);
      labels.set(s, list);
    }
    return labels;
  }

  /** The placeholders among `nodes` (plaza:Redacted), with their grounds and release. */
  async placeholders(nodes: Iterable<string>): Promise<ReadonlyMap<string, Withheld>> {
    const unique = [...new Set(nodes)].map(iri);
    const found = new Map<string, Withheld>();
    if (unique.length === 0) return found;
    const rows = await this.rows(sparql`SELECT ?x ?ground ?release WHERE {
      VALUES ?x { ${unique} } ?x a plaza:Redacted .
      OPTIONAL { ?x plaza:legalGround ?ground } OPTIONAL { ?x plaza:scheduledRelease ?release }
    }`);
    for (const row of rows) {
      const x = row.get('x')?.value ?? '';
      const previous = found.get(x);
      const ground = row.get('ground')?.value;
      const release = row.get('release')?.value ?? previous?.release;
      found.set(x, {
        node: x,
        grounds: [...new Set([...(previous?.grounds ?? []), ...(ground ? [ground] : [])])],
        ...(release ? { release } : {}),
      });
    }
    return found;
  }

  /** The subject's own statements; objects that are placeholders carry their grounds and release. */
  async facts(subject: RDF.NamedNode): Promise<readonly Fact[]> {
    const rows = await this.rows(sparql`SELECT ?p ?o ?ground ?release ?reason ?property WHERE {
      ${subject} ?p ?o .
      OPTIONAL {
        ?o a plaza:Redacted .
        OPTIONAL { ?o plaza:legalGround ?ground }
        OPTIONAL { ?o plaza:scheduledRelease ?release }
        OPTIONAL { ?o plaza:redactionReason ?reason }
        OPTIONAL { ?o plaza:redactedProperty ?property }
      }
    }`);
    const facts = new Map<string, { predicate: string; object: RDF.Term; withheld?: Withheld }>();
    for (const row of rows) {
      const p = row.get('p');
      const o = row.get('o');
      if (!p || !o) continue;
      const key = `${p.value} ${o.termType} ${o.value} ${o.termType === 'Literal' ? o.language : ''}`;
      let fact = facts.get(key);
      if (!fact) facts.set(key, (fact = { predicate: p.value, object: o }));
      const ground = row.get('ground')?.value;
      const reason = row.get('reason')?.value;
      if (ground || reason) {
        const previous = fact.withheld;
        const release = row.get('release')?.value ?? previous?.release;
        const property = row.get('property')?.value ?? previous?.property;
        fact.withheld = {
          node: o.value,
          grounds: [...new Set([...(previous?.grounds ?? []), ...(ground ? [ground] : [])])],
          ...(release ? { release } : {}),
          ...(reason ? { reason } : previous?.reason ? { reason: previous.reason } : {}),
          ...(property ? { property } : {}),
        };
      }
    }
    return [...facts.values()];
  }
}

/** One number from a COUNT row (0 when absent). */
export function count(rows: readonly Row[], name = 'n'): number {
  const value = rows[0]?.get(name)?.value;
  return value === undefined ? 0 : Number(value);
}

/** The IRIs bound to a variable across rows. */
export function iris(rows: readonly Row[], name: string): string[] {
  return rows.flatMap((r) => {
    const t = r.get(name);
    return t?.termType === 'NamedNode' ? [t.value] : [];
  });
}
