// The part of rdf-canonize (no published types) the tests use.
declare module 'rdf-canonize' {
  /** Canonical N-Quads of an RDF/JS dataset (array of quads) under the given algorithm. */
  export function canonize(
    dataset: readonly import('@rdfjs/types').Quad[],
    options: { readonly algorithm: 'RDFC-1.0' | 'URDNA2015' },
  ): Promise<string>;
  const api: { canonize: typeof canonize };
  export default api;
}
