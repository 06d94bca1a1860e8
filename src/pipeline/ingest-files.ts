// Ingests export files and directories: every readable row is validated and committed; bad rows
// and unreadable files are reported and never stop the rest.
import { basename } from 'node:path';
import { kindFromFileName } from '../../mappings/read/detect.ts';
import { SourceFileError } from '../../mappings/read/errors.ts';
import { mappingFor } from '../../mappings/index.ts';
import { listExportFiles } from '../../mappings/read/list-files.ts';
import { readExport } from '../../mappings/read/read-export.ts';
import type { RawRecord, SourceKind } from '../../mappings/types.ts';
import { IngestBatcher, ingestOrder, type IngestDeps, type IngestSummary } from './ingest.ts';
import { replay } from './replay.ts';

export interface IngestProgress {
  readonly file: string;
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly rows: number;
}

export interface IngestFilesOptions {
  readonly source?: SourceKind | undefined;
  readonly onProgress?: ((progress: IngestProgress) => void) | undefined;
  readonly batchSize?: number;
}

/** How an ingest ends, as the CLI's exit code: 0 all accepted, 2 some rejected, 1 nothing ingested. */
export function ingestExitCode(summary: IngestSummary): 0 | 1 | 2 {
  const problems = summary.rejects.length + summary.failures.length;
  const ingested = summary.accepted + summary.unchanged + summary.deleted;
  if (problems === 0) return 0;
  return ingested > 0 ? 2 : 1;
}

export async function ingestFiles(
  paths: readonly string[],
  deps: IngestDeps,
  options: IngestFilesOptions = {},
): Promise<IngestSummary> {
  const files = (await listExportFiles(paths))
    .map((path, i) => ({ path, i, order: ingestOrder(options.source ?? kindFromFileName(path)) }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((f) => f.path);
  const batcher = new IngestBatcher(deps, undefined, options.batchSize);
  if (files.length === 0) {
    batcher.fail(paths.join(', '), 'no .csv, .json or .xml export files found there');
  }
  let rows = 0;
  for (const [done, path] of files.entries()) {
    batcher.startFile();
    const file = basename(path);
    // Rows of a kind with a whole-file check (policy lists) wait for the end of their file.
    const held: RawRecord[] = [];
    try {
      for await (const item of readExport(path, {
        source: options.source,
        onNotice: (n) => batcher.summary.notices.push(n),
      })) {
        if (item.type === 'reject') batcher.reject(item.reject);
        else if (mappingFor(item.record.kind).checkFile) held.push(item.record);
        else await batcher.add(item.record);
        if (++rows % 1000 === 0)
          options.onProgress?.({ file, filesDone: done, filesTotal: files.length, rows });
      }
      await batcher.addChecked(held);
      await batcher.endFile(); // only for a file read to its end
    } catch (error) {
      if (!(error instanceof SourceFileError)) throw error;
      batcher.fail(path, error.message);
    }
    options.onProgress?.({ file, filesDone: done + 1, filesTotal: files.length, rows });
  }
  await batcher.finish();
  if (batcher.summary.reprojectionNeeded) {
    // Records were mapped against an older organisation chart: project everything again.
    await deps.store.clear();
    const replayed = await replay(deps.log, deps.store, deps.projector);
    // The first pass's mapping notices (e.g. departments missing from the old chart) are stale.
    const readerNotices = batcher.summary.notices.filter((n) => 'code' in n);
    batcher.summary.notices.splice(0, Infinity, ...readerNotices, ...replayed.notices);
  }
  return batcher.summary;
}
