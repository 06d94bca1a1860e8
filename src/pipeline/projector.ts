// Projects record-log entries into the internal graph: each entry is mapped (pure) and replaces
// its record's named graph. The organisation chart and the policy list are reference data for
// every other mapping.
import { DataFactory, Writer, type NamedNode, type Quad } from 'n3';
import { mappingFor } from '../../mappings/index.ts';
import type { MappingContext, Notice } from '../../mappings/mapping.ts';
import { budgetMapping } from '../../mappings/budget.ts';
import { BudgetLineDirectory, type KnownBudgetLine } from '../../mappings/budget/directory.ts';
import { OrgDirectory, type OrgUnit } from '../../mappings/org/directory.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import type { InitiativeRecord } from '../../mappings/policy/parse-initiative.ts';
import type { SourceFormat, SourceKind } from '../../mappings/types.ts';
import type { IriMinter } from '../vocab/iri.ts';

/** The part of a record-log entry a projection needs. */
export interface ProjectableEntry {
  readonly kind: SourceKind;
  readonly key: string;
  readonly op: 'upsert' | 'delete';
  readonly file: string;
  readonly line: number;
  readonly format: SourceFormat;
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
  private orgs: OrgDirectory;
  /** Whether records other than organisation units were mapped (against the current chart). */
  private mappedRecords = false;
  private readonly orgUnits = new Map<string, OrgUnit>();
  private initiativeDirectory = new InitiativeDirectory([]);
  /** Whether records that may link to initiatives were mapped (not org units, not initiatives). */
  private mappedDependents = false;
  private readonly initiativeRecords = new Map<string, InitiativeRecord>();
  private budget = new BudgetLineDirectory([]);
  private readonly budgetLines = new Map<string, KnownBudgetLine>();
  /** Whether business expenses were mapped (against the current budget lines). */
  private mappedExpenses = false;

  constructor(private readonly iri: IriMinter) {
    this.orgs = new OrgDirectory([]);
  }

  get hasMappedExpenses(): boolean {
    return this.mappedExpenses;
  }

  get organisations(): OrgDirectory {
    return this.orgs;
  }

  get initiatives(): InitiativeDirectory {
    return this.initiativeDirectory;
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

  /** Feeds budget-line entries to the budget directory; returns true when it changed. */
  learnBudgetLines(entries: Iterable<ProjectableEntry>): boolean {
    let changed = false;
    for (const e of entries) {
      if (e.kind !== 'budget_list') continue;
      if (e.op === 'delete') changed = this.budgetLines.delete(e.key) || changed;
      else {
        const line = budgetMapping.parse(e.fields).record;
        this.budgetLines.set(e.key, {
          year: line.year,
          phase: line.phase,
          lineKey: line.lineKey,
          deptCode: line.deptCode,
          detailName: line.detail.name,
        });
        changed = true;
      }
    }
    if (changed) this.budget = new BudgetLineDirectory(this.budgetLines.values());
    return changed;
  }

  /** Feeds organisation-chart entries to the directory; returns true when it changed. */
  learnOrganisations(entries: Iterable<ProjectableEntry>): boolean {
    let changed = false;
    const mapping = mappingFor('org_chart');
    for (const e of entries) {
      if (e.kind !== 'org_chart') continue;
      if (e.op === 'delete') changed = this.orgUnits.delete(e.key) || changed;
      else {
        this.orgUnits.set(e.key, mapping.parse(e.fields).record as OrgUnit);
        changed = true;
      }
    }
    if (changed) this.orgs = new OrgDirectory(this.orgUnits.values());
    return changed;
  }

  /** Feeds policy-list entries to the initiative directory; returns true when it changed. */
  learnInitiatives(entries: Iterable<ProjectableEntry>): boolean {
    let changed = false;
    const mapping = mappingFor('policy_list');
    for (const e of entries) {
      if (e.kind !== 'policy_list') continue;
      if (e.op === 'delete') changed = this.initiativeRecords.delete(e.key) || changed;
      else {
        this.initiativeRecords.set(e.key, mapping.parse(e.fields).record as InitiativeRecord);
        changed = true;
      }
    }
    if (changed)
      this.initiativeDirectory = new InitiativeDirectory(this.initiativeRecords.values());
    return changed;
  }

  project(entries: Iterable<ProjectableEntry>): Projection {
    const ctx: MappingContext = {
      iri: this.iri,
      orgs: this.orgs,
      initiatives: this.initiativeDirectory,
      budget: this.budget,
    };
    const latest = new Map<string, GraphChange>();
    const notices: Notice[] = [];
    let quads = 0;
    for (const e of entries) {
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
        format: e.format,
        ingestedAt: new Date(e.at),
      };
      const mapped = mapping.map(parsed.record, meta, ctx);
      notices.push(...mapped.notices);
      quads += mapped.quads.length;
      latest.set(graph.value, { graph, nquads: nquadsOf(mapped.quads), quads: mapped.quads });
      for (const r of mapped.shared) {
        latest.set(r.graph.value, { graph: r.graph, nquads: nquadsOf(r.quads), quads: r.quads });
        quads += r.quads.length;
      }
    }
    return { changes: [...latest.values()], notices, quads };
  }
}

/** A graph's content as N-Triples (the graph is named by the replacement, not by each line). */
function nquadsOf(quads: Quad[]): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(
    quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)),
  );
}
