// The Plaza side of the endpoint benchmark, in its own process (the load generator must not share
// its event loop):
//   ingest EXPORTS DATA_DIR DUMP — `plaza ingest` (with publication), a snapshot, and the public
//                                   graph dumped as N-Quads (what Virtuoso is given)
//   serve DATA_DIR               — `plaza start` over that directory (PLAZA_* from the environment);
//                                   prints {"url"} when listening, stops on SIGTERM
// Each mode prints one JSON line last on stdout.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { openRuntime } from '../src/cli/runtime.ts';
import { startServing } from '../src/cli/serve.ts';
import { loadConfig } from '../src/config/config.ts';
import { ingestFiles } from '../src/pipeline/ingest-files.ts';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'ingest') {
  const [exportsDir, dataDir, dumpFile] = args;
  if (!exportsDir || !dataDir || !dumpFile) throw new Error('usage: ingest EXPORTS DATA_DIR DUMP');
  const rt = await openRuntime(loadConfig({ PLAZA_DATA_DIR: dataDir }));
  const t0 = performance.now();
  const summary = await ingestFiles([exportsDir], {
    log: rt.log,
    store: rt.sink,
    projector: rt.projector,
    clock: rt.clock,
  });
  const seconds = (performance.now() - t0) / 1000;
  const out = createWriteStream(dumpFile);
  for await (const piece of rt.publicStore.dumpStream('nq'))
    if (!out.write(piece)) await once(out, 'drain');
  await new Promise((resolve) => out.end(resolve));
  const publicQuads = await rt.publicStore.size();
  await rt.checkpoint();
  await rt.close();
  console.log(JSON.stringify({ rows: summary.accepted, publicQuads, seconds }));
} else if (mode === 'serve') {
  const [dataDir] = args;
  if (!dataDir) throw new Error('usage: serve DATA_DIR');
  const config = loadConfig({ ...process.env, PLAZA_DATA_DIR: dataDir, PLAZA_PORT: '0' });
  // As `plaza start` opens it: queries on PLAZA_QUERY_WORKERS read replicas.
  const rt = await openRuntime(config, { queryWorkers: config.queryWorkers });
  const serving = await startServing(rt, config);
  console.log(JSON.stringify({ url: serving.server.url, queryWorkers: config.queryWorkers }));
  await new Promise((resolve) => process.once('SIGTERM', resolve));
  await serving.stop();
  await rt.close();
} else {
  throw new Error(`unknown mode ${mode ?? ''}: ingest or serve`);
}
