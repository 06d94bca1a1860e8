// Ingest benchmark (one measurement per process, so memory figures are not mixed):
//   e2e  — `ingestFiles` over generated info_list exports: read → validate → log (fsync) → map → store
//   raw  — the same triples, as N-Triples chunks, loaded straight into a fresh oxigraph store
// Prints one JSON line; bench/run.ts compares them.
import { readFile, writeFile } from 'node:fs/promises';
import oxigraph from 'oxigraph';
import { openRuntime } from '../src/cli/runtime.ts';
import { loadConfig } from '../src/config/config.ts';
import { ingestFiles } from '../src/pipeline/ingest-files.ts';

const [mode, exportsDir, dataDir, dumpFile] = process.argv.slice(2);
if (!mode || !exportsDir || !dataDir || !dumpFile)
  throw new Error('usage: ingest.ts e2e|raw EXPORTS DATA_DIR DUMP');

function rssMb(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

if (mode === 'e2e') {
  const rt = await openRuntime(loadConfig({ PLAZA_DATA_DIR: dataDir }));
  const rss0 = rssMb();
  const t0 = performance.now();
  const summary = await ingestFiles([exportsDir], {
    log: rt.log,
    store: rt.store,
    projector: rt.projector,
    clock: () => new Date(),
  });
  const seconds = (performance.now() - t0) / 1000;
  const quads = await rt.store.size();
  const rss1 = rssMb();
  await writeFile(dumpFile, await rt.store.dump('nq'));
  await rt.close();
  console.log(
    JSON.stringify({
      mode,
      rows: summary.accepted,
      quads,
      seconds,
      rssDeltaMb: rss1 - rss0,
      rejects: summary.rejects.length,
    }),
  );
} else if (mode === 'raw') {
  const text = await readFile(dumpFile);
  // The same statements as N-Triples-like chunks of about 1 MB (N-Quads, to keep the graphs).
  const chunks: Buffer[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + 2 ** 20);
    while (end < text.length && text[end - 1] !== 0x0a) end++;
    chunks.push(text.subarray(start, end));
    start = end;
  }
  const rss0 = rssMb();
  const store = new oxigraph.Store();
  const t0 = performance.now();
  store.load(chunks, { format: 'nq' });
  const seconds = (performance.now() - t0) / 1000;
  const rss1 = rssMb();
  console.log(JSON.stringify({ mode, quads: store.size, seconds, rssDeltaMb: rss1 - rss0 }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
