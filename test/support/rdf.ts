// Test helpers: parse Turtle/TriG with the deployment base, compare graphs by isomorphism.
import { Parser, Writer, type Quad } from 'n3';
import { isomorphic } from 'rdf-isomorphic';

export const BASE = 'http://localhost:3000/';

export function parseTrig(text: string, baseIRI = BASE): Quad[] {
  return new Parser({ baseIRI, format: 'application/trig' }).parse(text);
}

export function toTrig(quads: Quad[]): string {
  return new Writer({ format: 'application/trig' }).quadsToString(quads);
}

/** Asserts two datasets are isomorphic; on failure the message shows what differs. */
export function expectIsomorphic(actual: Quad[], expected: Quad[]): void {
  if (isomorphic(actual, expected)) return;
  const key = (q: Quad): string =>
    `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`;
  const a = new Set(actual.map(key));
  const e = new Set(expected.map(key));
  const missing = [...e].filter((k) => !a.has(k));
  const extra = [...a].filter((k) => !e.has(k));
  throw new Error(
    `graphs differ\n  missing: ${missing.join('\n    ')}\n  extra: ${extra.join('\n    ')}`,
  );
}
