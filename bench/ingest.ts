// Ingest benchmark (one measurement per process, so memory figures are not mixed):
//   e2e     — `ingestFiles` over generated exports: read → validate → log (fsync) → map → store
//   e2e-pub — the same, publishing as it goes (redactor → gate → public store), as `plaza ingest`
//   publish — re-publication of everything in the internal store, and of one record (incremental)
//   raw     — the same triples, as N-Triples chunks, loaded straight into a fresh oxigraph store
// Prints one JSON line; bench/run.ts compares them.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { DataFactory } from 'n3';
import oxigraph from 'oxigraph';
import { openRuntime } from '../src/cli/runtime.ts';
import { loadConfig } from '../src/config/config.ts';
import { ingestFiles } from '../src/pipeline/ingest-files.ts';
import { republishAll } from '../src/pipeline/release.ts';

const [mode, exportsDir, dataDir, dumpFile] = process.argv.slice(2);
if (!mode || !exportsDir || !dataDir || !dumpFile)
  throw new Error('usage: ingest.ts e2e|e2e-pub|publish|raw EXPORTS DATA_DIR DUMP');

function rssMb(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

if (mode === 'e2e' || mode === 'e2e-pub') {
  const rt = await openRuntime(loadConfig({ PLAZA_DATA_DIR: dataDir }));
  const rss0 = rssMb();
  const t0 = performance.now();
  const summary = await ingestFiles([exportsDir], {
    log: rt.log,
    store: mode === 'e2e' ? rt.store : rt.sink,
    projector: rt.projector,
    clock: () => new Date(),
  });
  const seconds = (performance.now() - t0) / 1000;
  const quads = await rt.store.size();
  const rss1 = rssMb();
  const out = createWriteStream(dumpFile);
  for await (const piece of rt.store.dumpStream('nq'))
    if (!out.write(piece)) await once(out, 'drain');
  await new Promise((resolve) => out.end(resolve));
  const blocked = rt.publisher.totals.blocked.length;
  await rt.checkpoint();
  await rt.close();
  console.log(
    JSON.stringify({
      mode,
      blocked,
      rows: summary.accepted,
      quads,
      seconds,
      rssDeltaMb: rss1 - rss0,
      rejects: summary.rejects.length,
    }),
  );
} else if (mode === 'publish') {
  // Opens the data directory the e2e-pub run left (snapshots of both stores), then publishes
  // everything again from the internal store, and one record many times.
  const rt = await openRuntime(loadConfig({ PLAZA_DATA_DIR: dataDir }));
  const deps = {
    internal: rt.store,
    public: rt.publicStore,
    publisher: rt.publisher,
    clock: rt.clock,
  };
  const quads = await rt.store.size();
  const t0 = performance.now();
  const report = await republishAll(deps);
  const seconds = (performance.now() - t0) / 1000;
  const [graph] = await rt.store.graphs();
  const one = (await rt.store.match(null, null, null, graph)).map((q) =>
    DataFactory.quad(q.subject, q.predicate, q.object),
  );
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t = performance.now();
    await rt.publisher.publish([{ graph: graph!, quads: one }]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  await rt.close();
  console.log(
    JSON.stringify({
      mode,
      quads,
      seconds,
      graphs: report.published,
      blocked: report.blocked.length,
      oneRecordMs: times[Math.floor(times.length / 2)],
      oneRecordQuads: one.length,
    }),
  );
} else if (mode === 'raw') {
  // The same triples as N-Triples chunks of about 1 MB: the graph term of each dumped line is cut
  // (every line of the dump ends in ` <graph> .`), outside the timed part.
  const lines = createInterface({ input: createReadStream(dumpFile), crlfDelay: Infinity });
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let size = 0;
  for await (const line of lines) {
    if (line === '') continue;
    const triple = `${line.replace(/ <[^<>]*> \.$/, '')} .\n`;
    parts.push(triple);
    size += triple.length;
    if (size >= 2 ** 20) {
      chunks.push(Buffer.from(parts.join('')));
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) chunks.push(Buffer.from(parts.join('')));
  const rss0 = rssMb();
  const store = new oxigraph.Store();
  const t0 = performance.now();
  store.load(chunks, { format: 'nt' });
  const seconds = (performance.now() - t0) / 1000;
  const rss1 = rssMb();
  console.log(JSON.stringify({ mode, quads: store.size, seconds, rssDeltaMb: rss1 - rss0 }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
