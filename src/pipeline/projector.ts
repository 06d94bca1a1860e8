// Projects record-log entries into the internal graph: each entry is mapped (pure) and replaces
// its record's named graph. The organisation chart and the policy list are reference data for
// every other mapping.
import { DataFactory, type NamedNode, type Quad } from 'n3';
import { mappingFor } from '../../mappings/index.ts';
import type { MappingContext, Notice } from '../../mappings/mapping.ts';
import { budgetMapping } from '../../mappings/budget.ts';
import { BudgetLineDirectory, type KnownBudgetLine } from '../../mappings/budget/directory.ts';
import { OrgDirectory, type OrgUnit } from '../../mappings/org/directory.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import type { InitiativeRecord } from '../../mappings/policy/parse-initiative.ts';
import { mapGraphStoreEntry } from '../../mappings/graph-store.ts';
import {
  GRAPH_STORE_KIND,
  type LogFormat,
  type LogKind,
  type SourceFormat,
} from '../../mappings/types.ts';
import type { IriMinter } from '../vocab/iri.ts';
import { toNTriples } from './ntriples.ts';
import { ReferenceRecords } from './reference-records.ts';

/** The part of a record-log entry a projection needs. */
export interface ProjectableEntry {
  readonly kind: LogKind;
  readonly key: string;
  readonly op: 'upsert' | 'delete';
  readonly file: string;
  readonly line: number;
  readonly format: LogFormat;
  readonly fields: Readonly<Record<string, string>>;
  readonly at: string;
}

/**
 * A graph's new content (N-Triples for the store; the quads too, so publication need not parse
 * them again), or its deletion.
 */
export type GraphChange =
  | { readonly graph: NamedNode; readonly nquads: string; readonly quads?: readonly Quad[] }
  | { readonly graph: NamedNode; readonly delete: true };

export interface Projection {
  readonly changes: GraphChange[];
  readonly notices: Notice[];
  readonly quads: number;
}

/** Maps log entries to graph replacements; later entries for the same graph win. */
export class Projector {
  private readonly orgUnits = new ReferenceRecords(
    'org_chart',
    (fields) => mappingFor('org_chart').parse(fields).record as OrgUnit,
    (units) => new OrgDirectory(units),
  );
  private readonly initiativeRecords = new ReferenceRecords(
    'policy_list',
    (fields) => mappingFor('policy_list').parse(fields).record as InitiativeRecord,
    (records) => new InitiativeDirectory(records),
  );
  private readonly budgetLines = new ReferenceRecords(
    'budget_list',
    (fields): KnownBudgetLine => {
      const line = budgetMapping.parse(fields).record;
      const { year, phase, lineKey, deptCode } = line;
      return { year, phase, lineKey, deptCode, detailName: line.detail.name };
    },
    (lines) => new BudgetLineDirectory(lines),
  );
  /** Whether records other than organisation units were mapped (against the current chart). */
  private mappedRecords = false;
  /** Whether records that may link to initiatives were mapped (not org units, not initiatives). */
  private mappedDependents = false;
  /** Whether business expenses were mapped (against the current budget lines). */
  private mappedExpenses = false;

  constructor(private readonly iri: IriMinter) {}

  get hasMappedExpenses(): boolean {
    return this.mappedExpenses;
  }

  get organisations(): OrgDirectory {
    return this.orgUnits.directory;
  }

  get initiatives(): InitiativeDirectory {
    return this.initiativeRecords.directory;
  }

  /** Whether records mapped so far may have linked against an older policy list. */
  get hasMappedDependents(): boolean {
    return this.mappedDependents;
  }

  get hasMappedRecords(): boolean {
    return this.mappedRecords;
  }

  /** Records mapped elsewhere (loaded from a snapshot) count as mapped against the current chart. */
  noteMappedRecords(): void {
    this.mappedRecords = true;
    this.mappedDependents = true;
    this.mappedExpenses = true;
  }

  /** Feeds organisation-chart entries to the directory; returns true when it changed. */
  learnOrganisations(entries: Iterable<ProjectableEntry>): boolean {
    return this.orgUnits.learn(entries);
  }

  /** Feeds policy-list entries to the initiative directory; returns true when it changed. */
  learnInitiatives(entries: Iterable<ProjectableEntry>): boolean {
    return this.initiativeRecords.learn(entries);
  }

  /** Feeds budget-line entries to the budget directory; returns true when it changed. */
  learnBudgetLines(entries: Iterable<ProjectableEntry>): boolean {
    return this.budgetLines.learn(entries);
  }

  /**
   * Learns the reference data among `entries` (chart, policy list, budget lines); true when
   * records mapped earlier resolved against what changed and must be mapped again.
   */
  learnReferenceData(entries: readonly ProjectableEntry[]): boolean {
    const orgs = this.learnOrganisations(entries) && this.mappedRecords;
    const initiatives = this.learnInitiatives(entries) && this.mappedDependents;
    // Expense reports link to the budget lines they execute.
    const budget = this.learnBudgetLines(entries) && this.mappedExpenses;
    return orgs || initiatives || budget;
  }

  project(entries: Iterable<ProjectableEntry>): Projection {
    const ctx: MappingContext = {
      iri: this.iri,
      orgs: this.orgUnits.directory,
      initiatives: this.initiativeRecords.directory,
      budget: this.budgetLines.directory,
    };
    const latest = new Map<string, GraphChange>();
    const notices: Notice[] = [];
    let quads = 0;
    for (const e of entries) {
      if (e.kind === GRAPH_STORE_KIND) {
        // A publisher's write: the entry is the graph's whole content, keyed by the graph IRI.
        const graph = DataFactory.namedNode(e.key);
        if (e.op === 'delete') latest.set(e.key, { graph, delete: true });
        else {
          const mapped = mapGraphStoreEntry(e.key, e.fields);
          quads += mapped.quads.length;
          latest.set(e.key, { graph, nquads: toNTriples(mapped.quads), quads: mapped.quads });
        }
        continue;
      }
      const mapping = mappingFor(e.kind);
      const subject = mapping.subject(e.key, this.iri);
      const graph = this.iri.graphOf(subject);
      if (e.op === 'delete') {
        latest.set(graph.value, { graph, delete: true });
        continue;
      }
      if (e.kind !== 'org_chart') this.mappedRecords = true;
      if (e.kind !== 'org_chart' && e.kind !== 'policy_list') this.mappedDependents = true;
      if (e.kind === 'expense_list') this.mappedExpenses = true;
      const parsed = mapping.parse(e.fields);
      const meta = {
        key: e.key,
        file: e.file,
        line: e.line,
        // Every kind but graph_store (handled above) is a source kind read from its own format.
        format: e.format as SourceFormat,
        ingestedAt: new Date(e.at),
      };
      const mapped = mapping.map(parsed.record, meta, ctx);
      notices.push(...mapped.notices);
      quads += mapped.quads.length;
      latest.set(graph.value, { graph, nquads: toNTriples(mapped.quads), quads: mapped.quads });
      for (const r of mapped.shared) {
        latest.set(r.graph.value, { graph: r.graph, nquads: toNTriples(r.quads), quads: r.quads });
        quads += r.quads.length;
      }
    }
    return { changes: [...latest.values()], notices, quads };
  }
}
