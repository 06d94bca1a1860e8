// The Virtuoso side of the endpoint benchmark: a private instance sized as a deployment would size
// it, bulk-loaded with the same public graph Plaza serves (ENVIRONMENT.md: ld_dir/rdf_loader_run).
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startVirtuoso, virtuosoMissing, type Virtuoso } from '../test/support/virtuoso.ts';

/** ~800 MB of page cache: the whole benchmark graph stays in memory, as Oxigraph's does. */
const BUFFERS = 100_000;
/** The packaged virtuoso.ini's HTTP threads (32 measured no better on 2 cores: threads contend). */
const HTTP_THREADS = 10;

export interface LoadedVirtuoso {
  readonly virtuoso: Virtuoso;
  readonly quads: number;
  readonly loadSeconds: number;
}

async function quadCount(virtuoso: Virtuoso): Promise<number> {
  const out = await virtuoso.sql('SELECT COUNT(*) FROM DB.DBA.RDF_QUAD;');
  const match = /^\s*(\d+)\s*$/m.exec(out);
  if (!match) throw new Error(`cannot read Virtuoso's quad count from:\n${out}`);
  return Number(match[1]);
}

/** Starts Virtuoso and bulk-loads an N-Quads file into it (each quad into its own graph). */
export async function virtuosoWith(nquadsFile: string): Promise<LoadedVirtuoso> {
  const missing = virtuosoMissing();
  if (missing) throw new Error(missing);
  const virtuoso = await startVirtuoso({ buffers: BUFFERS, httpThreads: HTTP_THREADS });
  try {
    const before = await quadCount(virtuoso);
    await copyFile(nquadsFile, join(virtuoso.dir, 'public.nq'));
    const t0 = performance.now();
    // The graph argument is only a fallback: N-Quads name their own graphs.
    await virtuoso.sql(`ld_dir('${virtuoso.dir}', 'public.nq', 'urn:plaza:bench:unused');`);
    await virtuoso.sql('rdf_loader_run();');
    await virtuoso.sql('checkpoint;');
    const loadSeconds = (performance.now() - t0) / 1000;
    const errors = await virtuoso.sql(
      'SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;',
    );
    if (/public\.nq/.test(errors)) throw new Error(`Virtuoso's bulk load failed:\n${errors}`);
    return { virtuoso, quads: (await quadCount(virtuoso)) - before, loadSeconds };
  } catch (error) {
    await virtuoso.stop();
    throw error;
  }
}
