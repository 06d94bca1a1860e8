// Comunica (@comunica/query-sparql) uses the endpoint as a SPARQL source, alone and federated with an in-memory N3 store.
import type * as RDF from '@rdfjs/types';
import { QueryEngine } from '@comunica/query-sparql';
import { DataFactory, Store } from 'n3';
import { expect, it } from 'vitest';
import { solutions } from './client-queries.ts';
import type { ClientTarget } from './run-client.ts';

/** A vocabulary no Plaza graph uses, so every `ex:rating` must come from the local source. */
const EX_RATING = 'http://example.org/review#rating';

const LABELS = `PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?unit ?label WHERE { ?unit a org:OrganizationalUnit ; skos:prefLabel ?label } ORDER BY ?unit LIMIT 25`;

const RATED_UNITS = `PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?unit ?label ?rating WHERE { ?unit skos:prefLabel ?label ; <${EX_RATING}> ?rating }`;

type Row = Record<string, string>;
const byUnit = (a: Row, b: Row): number => (a['unit'] ?? '').localeCompare(b['unit'] ?? '');

async function rowsOf(
  engine: QueryEngine,
  query: string,
  sources: readonly (RDF.Source | { type: 'sparql'; value: string })[],
): Promise<Row[]> {
  const stream = await engine.queryBindings(query, { sources: [...sources] });
  const bindings = await stream.toArray();
  return bindings.map((b) => Object.fromEntries([...b].map(([v, term]) => [v.value, term.value])));
}

export function comunicaSuite(target: () => ClientTarget): void {
  const engine = new QueryEngine();
  const endpoint = () => ({ type: 'sparql' as const, value: target().endpoint });

  it('queries the endpoint as a SPARQL source: the rows the store gives', async () => {
    const rows = await rowsOf(engine, LABELS, [endpoint()]);
    const store = solutions(await target().plaza.rt.publicStore.query(LABELS));
    const expected = store.map((r) => ({
      unit: r.get('unit')?.value ?? '',
      label: r.get('label')?.value ?? '',
    }));
    expect(expected.length).toBe(25);
    expect(rows.sort(byUnit)).toEqual(expected.sort(byUnit));
  });

  it('federates the endpoint with an in-memory source: the join has one row per rated unit', async () => {
    const units = solutions(await target().plaza.rt.publicStore.query(LABELS)).slice(0, 3);
    const local = new Store();
    units.forEach((row, i) => {
      const unit = row.get('unit');
      if (unit?.termType !== 'NamedNode') throw new Error('expected a unit IRI');
      local.addQuad(
        DataFactory.quad(
          unit,
          DataFactory.namedNode(EX_RATING),
          DataFactory.literal(String(i + 3)),
        ),
      );
    });
    // a rating about an IRI Plaza does not know joins with nothing
    local.addQuad(
      DataFactory.quad(
        DataFactory.namedNode('urn:plaza-test:no-such-unit'),
        DataFactory.namedNode(EX_RATING),
        DataFactory.literal('1'),
      ),
    );
    const rows = await rowsOf(engine, RATED_UNITS, [endpoint(), local]);
    const expected = units.map((row, i) => ({
      unit: row.get('unit')?.value ?? '',
      label: row.get('label')?.value ?? '',
      rating: String(i + 3),
    }));
    expect(rows.sort(byUnit)).toEqual(expected.sort(byUnit));
  });
}
