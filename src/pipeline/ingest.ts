// Ingest: read source exports → validate rows (pure) → append to the durable record log (fsynced:
// the acknowledgement) → project the appended records into the internal graph.
import { basename } from 'node:path';
import { mappingFor } from '../../mappings/index.ts';
import { RowError, type Notice } from '../../mappings/mapping.ts';
import type { RawRecord, Reject, SourceKind } from '../../mappings/types.ts';
import type { GraphChange, Projector, ProjectableEntry } from './projector.ts';
import type { ReadableLog } from './replay.ts';

/** A validated record on its way into the log. */
export type PendingEntry = Omit<ProjectableEntry, 'at'>;

/** What the pipeline needs from the record log: appending, and reading back for re-projection. */
export interface AppendingLog extends ReadableLog {
  current(kind: string, key: string): { readonly op: 'upsert' | 'delete' } | undefined;
  append(
    entries: readonly PendingEntry[],
    at: Date,
  ): Promise<{ appended: readonly ProjectableEntry[]; unchanged: number }>;
}

/** What the pipeline needs from the internal store. */
export interface GraphSink {
  replaceGraphs(changes: Iterable<GraphChange>): Promise<unknown>;
  clear(): Promise<void>;
}

export interface IngestCounts {
  accepted: number;
  unchanged: number;
  deleted: number;
  quads: number;
}

export interface FileFailure {
  readonly file: string;
  readonly message: string;
}

export interface IngestSummary extends IngestCounts {
  readonly rejects: Reject[];
  readonly failures: FileFailure[];
  readonly notices: Notice[];
  /** The organisation chart changed after other records were mapped: all were re-projected. */
  reprojectionNeeded: boolean;
}

export interface IngestDeps {
  readonly log: AppendingLog;
  readonly store: GraphSink;
  readonly projector: Projector;
  readonly clock: () => Date;
}

export function emptySummary(): IngestSummary {
  return {
    accepted: 0,
    unchanged: 0,
    deleted: 0,
    quads: 0,
    rejects: [],
    failures: [],
    notices: [],
    reprojectionNeeded: false,
  };
}

/** Validates rows and commits them in batches; rows of one file are numbered within their group. */
export class IngestBatcher {
  private pending: PendingEntry[] = [];
  /** Numbered groups of the current file (expense reports): group → rows seen, and their origin. */
  private readonly positions = new Map<
    string,
    { count: number; kind: RawRecord['kind']; format: RawRecord['format']; file: string }
  >();
  private inFlight: Promise<unknown> = Promise.resolve();
  /** Rows of the current file held for its file-level check (kinds with `checkFile`). */
  private held: { entry: PendingEntry & { readonly kind: SourceKind }; record: unknown }[] = [];

  constructor(
    private readonly deps: IngestDeps,
    readonly summary: IngestSummary = emptySummary(),
    private readonly batchSize = 5000,
  ) {}

  /** Starts a new file: group numbering (expense lines within a report) restarts. */
  startFile(): void {
    this.positions.clear();
    this.held = [];
  }

  /**
   * Ends a file. A report republished with fewer lines than before (a duplicate line withdrawn)
   * must not keep its old last lines: those positions are deleted. A report is one department's
   * month and is never split across export files.
   */
  async endFile(): Promise<void> {
    this.releaseHeld();
    for (const [group, { count, kind, format, file }] of this.positions) {
      for (let n = count + 1; this.deps.log.current(kind, `${group}/${n}`)?.op === 'upsert'; n++) {
        this.pending.push({
          kind,
          key: `${group}/${n}`,
          op: 'delete',
          file,
          line: 0,
          format,
          fields: {},
        });
      }
    }
    this.positions.clear();
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  async add(record: RawRecord): Promise<void> {
    const mapping = mappingFor(record.kind);
    try {
      const parsed = mapping.parse(record.fields);
      let key = parsed.key;
      if (parsed.numberedWithin !== undefined) {
        const n = (this.positions.get(parsed.numberedWithin)?.count ?? 0) + 1;
        const { kind, format, file } = record;
        this.positions.set(parsed.numberedWithin, { count: n, kind, format, file });
        key = `${parsed.numberedWithin}/${n}`;
      }
      const entry: PendingEntry & { readonly kind: SourceKind } = {
        kind: record.kind,
        key,
        op: parsed.op,
        file: record.file,
        line: record.line,
        format: record.format,
        fields: record.fields,
      };
      if (mapping.checkFile) {
        this.held.push({ entry, record: parsed.record });
        return;
      }
      this.pending.push(entry);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      for (const e of error.errors) {
        this.summary.rejects.push({
          file: record.file,
          line: record.line,
          field: e.field,
          reason: e.message,
        });
      }
      return;
    }
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  /**
   * Runs the file-level check over the held rows of a file read to its end: rejected lines are
   * reported and dropped, the rest go on to the log. Its notices survive a re-projection.
   */
  private releaseHeld(): void {
    const [first] = this.held;
    if (!first) return;
    const mapping = mappingFor(first.entry.kind);
    const { file } = first.entry;
    const rows = this.held.map((h) => ({ line: h.entry.line, record: h.record }));
    const found = mapping.checkFile?.(rows, { orgs: this.deps.projector.organisations }) ?? {
      rejects: [],
      notices: [],
    };
    const rejectedLines = new Set(found.rejects.map((r) => r.line));
    for (const r of found.rejects) this.summary.rejects.push({ file, ...r });
    for (const n of found.notices) {
      // `code` marks it as a file notice, kept when mapping notices are redone by a re-projection.
      const notice: Notice & { code: 'FILE_CHECK' } = { code: 'FILE_CHECK', file, ...n };
      this.summary.notices.push(notice);
    }
    for (const h of this.held) if (!rejectedLines.has(h.entry.line)) this.pending.push(h.entry);
    this.held = [];
  }

  /** Commits what is pending and waits until the store holds everything. */
  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }

  reject(reject: Reject): void {
    this.summary.rejects.push(reject);
  }

  fail(file: string, message: string): void {
    this.summary.failures.push({ file: basename(file), message });
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const { appended, unchanged } = await this.deps.log.append(batch, this.deps.clock());
    this.summary.unchanged += unchanged;
    if (this.deps.projector.learnReferenceData(appended)) this.summary.reprojectionNeeded = true;
    const projection = this.deps.projector.project(appended);
    // The store (in its worker) loads this batch while the next one is read and mapped; one
    // batch in flight at a time keeps memory bounded and surfaces a failure at the next flush.
    await this.inFlight;
    const loading = this.deps.store.replaceGraphs(projection.changes);
    loading.catch(() => undefined); // surfaced by the next await of inFlight, not as unhandled
    this.inFlight = loading;
    for (const e of appended) {
      if (e.op === 'delete') this.summary.deleted++;
      else this.summary.accepted++;
    }
    this.summary.quads += projection.quads;
    this.summary.notices.push(...projection.notices);
  }
}

/**
 * Organisation charts first (every other source resolves its departments against them), then
 * policy lists (records link to their initiatives), then budgets (expenses link to their lines),
 * then everything else.
 */
export function ingestOrder(kind: SourceKind | undefined): number {
  if (kind === 'org_chart') return 0;
  if (kind === 'policy_list') return 1;
  return kind === 'budget_list' ? 2 : 3;
}
