// Rebuilds projections from the record log alone: the organisation chart, the policy list and
// the budget lines first
// (mappings resolve against them), then every entry after a snapshot's sequence number, in log order.
import type { Notice } from '../../mappings/mapping.ts';
import type { GraphSink } from './ingest.ts';
import type { ProjectableEntry, Projector } from './projector.ts';

export interface LoggedEntry extends ProjectableEntry {
  readonly seq: number;
}

/** What replay needs from the record log. */
export interface ReadableLog {
  entries(fromSeq?: number): AsyncIterable<LoggedEntry>;
}

export interface ReplaySummary {
  readonly entries: number;
  readonly quads: number;
  readonly notices: Notice[];
}

export async function replay(
  log: ReadableLog,
  store: GraphSink,
  projector: Projector,
  afterSeq = 0,
  batchSize = 5000,
): Promise<ReplaySummary> {
  const orgs: ProjectableEntry[] = [];
  const initiatives: ProjectableEntry[] = [];
  const budget: ProjectableEntry[] = [];
  let records = false;
  for await (const e of log.entries()) {
    if (e.kind === 'org_chart') orgs.push(e);
    else records = true;
    if (e.kind === 'policy_list') initiatives.push(e);
    if (e.kind === 'budget_list') budget.push(e);
  }
  projector.learnOrganisations(orgs);
  projector.learnInitiatives(initiatives);
  projector.learnBudgetLines(budget);
  // Records already in the store (from a snapshot) were mapped against this chart: a later change
  // of the chart must re-project them.
  if (records) projector.noteMappedRecords();

  let batch: LoggedEntry[] = [];
  let entries = 0;
  let quads = 0;
  const notices: Notice[] = [];
  const flush = async (): Promise<void> => {
    const projection = projector.project(batch);
    await store.replaceGraphs(projection.changes);
    entries += batch.length;
    quads += projection.quads;
    notices.push(...projection.notices);
    batch = [];
  };
  for await (const e of log.entries(afterSeq + 1)) {
    batch.push(e);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return { entries, quads, notices };
}
