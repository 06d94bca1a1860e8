// The record-log position a durable remote store reflects, kept in that store (one small named
// graph), so that a restart replays only the log tail after it instead of a snapshot.
import { randomUUID } from 'node:crypto';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { sparqlTerm } from './sparql-terms.ts';
import type { Store } from './store.ts';

const XSD_INTEGER = DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#integer');

export interface LogPosition {
  /** The last record-log entry whose graphs the store holds (0: none). */
  readonly seq: number;
  /** That entry's ingest time ('' for seq 0): tells this log apart from another at the same seq. */
  readonly entryAt: string;
}

/** The state graph and its terms (minted by IriMinter.storeState). */
export interface StateTerms {
  readonly graph: RDF.NamedNode;
  readonly appliedLogSeq: RDF.NamedNode;
  readonly appliedLogEntryAt: RDF.NamedNode;
  readonly probe: RDF.NamedNode;
}

export class StoreLogPosition {
  private readonly g: string;

  constructor(
    private readonly store: Pick<Store, 'query' | 'update'>,
    private readonly terms: StateTerms,
  ) {
    this.g = sparqlTerm(terms.graph);
  }

  /** The stored position; undefined when there is none or it is not one well-formed position. */
  async read(): Promise<LogPosition | undefined> {
    const { g } = this;
    const result = await this.store.query(
      `SELECT ?seq ?at WHERE { GRAPH ${g} { ${g} ${sparqlTerm(this.terms.appliedLogSeq)} ?seq ; ${sparqlTerm(this.terms.appliedLogEntryAt)} ?at } }`,
    );
    if (result.type !== 'solutions' || result.rows.length !== 1) return undefined;
    const row = result.rows[0];
    const seq = Number(row?.get('seq')?.value);
    if (!Number.isSafeInteger(seq) || seq < 0) return undefined;
    return { seq, entryAt: row?.get('at')?.value ?? '' };
  }

  /**
   * Replaces the position in one request. Should the remote apply only the deletions, the store
   * has no position and the next start rebuilds it: never a position newer than the data.
   */
  async write(position: LogPosition): Promise<void> {
    const { g } = this;
    const seqP = sparqlTerm(this.terms.appliedLogSeq);
    const atP = sparqlTerm(this.terms.appliedLogEntryAt);
    const seq = sparqlTerm(DataFactory.literal(String(position.seq), XSD_INTEGER));
    const at = sparqlTerm(DataFactory.literal(position.entryAt));
    await this.store.update(
      `DELETE WHERE { GRAPH ${g} { ${g} ${seqP} ?seq } } ;\n` +
        `DELETE WHERE { GRAPH ${g} { ${g} ${atP} ?at } } ;\n` +
        `INSERT DATA { GRAPH ${g} { ${g} ${seqP} ${seq} ; ${atP} ${at} } }`,
    );
  }

  /**
   * Whether `other` is this very database (two configured endpoints reaching one store): a value
   * written here that `other` can read. Public and internal must never share a store.
   */
  async sharedWith(other: Pick<Store, 'query'>): Promise<boolean> {
    const { g } = this;
    const triple = `${g} ${sparqlTerm(this.terms.probe)} ${sparqlTerm(DataFactory.literal(randomUUID()))}`;
    await this.store.update(`INSERT DATA { GRAPH ${g} { ${triple} } }`);
    try {
      const seen = await other.query(`ASK { GRAPH ${g} { ${triple} } }`);
      return seen.type === 'boolean' && seen.value;
    } finally {
      await this.store.update(`DELETE DATA { GRAPH ${g} { ${triple} } }`);
    }
  }
}
