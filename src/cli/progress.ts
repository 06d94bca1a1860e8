// A progress bar on a terminal (stderr), silence elsewhere.
import { SingleBar, Presets } from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest-files.ts';

export interface ProgressReporter {
  readonly onProgress: ((p: IngestProgress) => void) | undefined;
  stop(): void;
}

export function ingestProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) return { onProgress: undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} files | {rows} rows | {file}',
      stream,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(p) {
      if (!started) {
        bar.start(p.filesTotal, 0, { rows: 0, file: '' });
        started = true;
      }
      bar.update(p.filesDone, { rows: p.rows, file: p.file });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
