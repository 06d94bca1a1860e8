// Before anything is timed: Plaza and Virtuoso must give the same answers to every benchmark
// query (a benchmark of wrong answers is worthless). Numbers are compared as numbers, since
// Virtuoso writes them in its own lexical forms.
import { ask, rowsOf, triplesOf } from './endpoint-load.ts';
import { ANALYTIC, pointLookup, unitDocuments, unitDocumentsGraph } from './endpoint-queries.ts';

export const JSON_RESULTS = 'application/sparql-results+json';
export const NTRIPLES = 'application/n-triples';

/** A row as one comparable string: numeric values normalised, keys in order. */
function canonicalRow(row: Record<string, string>): string {
  return Object.keys(row)
    .sort()
    .map((k) => {
      const v = row[k] ?? '';
      const n = Number(v);
      return `${k}=${v !== '' && Number.isFinite(n) ? String(n) : v}`;
    })
    .join('\t');
}

export function sameRows(a: Record<string, string>[], b: Record<string, string>[]): boolean {
  const x = a.map(canonicalRow).sort();
  const y = b.map(canonicalRow).sort();
  return x.length === y.length && x.every((row, i) => row === y[i]);
}

/** Checks every query against both endpoints; returns what was checked, throws on a difference. */
export async function checkSameAnswers(
  plaza: string,
  virtuoso: string,
  targets: readonly string[],
  unit: string,
): Promise<string[]> {
  const checked: string[] = [];
  const sample = targets.filter((_, i) => i % Math.max(1, Math.floor(targets.length / 25)) === 0);
  let lookupRows = 0;
  for (const iri of sample) {
    const [p, v] = await Promise.all(
      [plaza, virtuoso].map(async (e) => rowsOf(await ask(e, pointLookup(iri), JSON_RESULTS))),
    );
    if (!p || !v || p.length !== v.length || p.length === 0)
      throw new Error(`point lookup of ${iri}: Plaza ${p?.length} rows, Virtuoso ${v?.length}`);
    lookupRows += p.length;
  }
  checked.push(`point lookups: ${sample.length} resources, ${lookupRows} rows on both`);

  const [pl, vl] = await Promise.all(
    [plaza, virtuoso].map(async (e) => rowsOf(await ask(e, unitDocuments(unit), JSON_RESULTS))),
  );
  const docs = (rows: Record<string, string>[] | undefined): string =>
    (rows ?? []).map((r) => r['doc'] ?? '').join(' ');
  if (!pl || !vl || pl.length !== vl.length || docs(pl) !== docs(vl))
    throw new Error(`list query: Plaza ${pl?.length} rows, Virtuoso ${vl?.length}, or other rows`);
  checked.push(`SELECT list: ${pl.length} rows, the same documents in the same order`);

  const [pc, vc] = await Promise.all(
    [plaza, virtuoso].map(async (e) => triplesOf(await ask(e, unitDocumentsGraph(unit), NTRIPLES))),
  );
  if (pc !== vc || !pc) throw new Error(`CONSTRUCT: Plaza ${pc} triples, Virtuoso ${vc}`);
  checked.push(`CONSTRUCT: ${pc} triples on both`);

  for (const [name, query] of Object.entries(ANALYTIC)) {
    const [pa, va] = await Promise.all(
      [plaza, virtuoso].map(async (e) => rowsOf(await ask(e, query, JSON_RESULTS))),
    );
    if (!pa || !va || pa.length === 0 || !sameRows(pa, va))
      throw new Error(`${name}: Plaza and Virtuoso differ (${pa?.length} / ${va?.length} rows)`);
    checked.push(`${name}: ${pa.length} rows, equal values`);
  }
  return checked;
}
