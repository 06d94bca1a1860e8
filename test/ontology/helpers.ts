// Test helpers for ontology/: fixtures parsed with the test base IRI, SHACL validation, term lookups.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { DataFactory, Parser, Store, type NamedNode, type Quad, type Term } from 'n3';
import factory from 'rdf-ext';
import SHACLValidator from 'rdf-validate-shacl';
import { loadShapeQuads } from '../../src/vocab/ontology-files.ts';
import { dct, plaza, rdf, skos } from '../../src/vocab/namespaces.ts';

export const BASE = 'http://localhost:3000/';
export const SHAPES_NS = 'https://w3id.org/plaza/shapes#';
export const ONTOLOGY_IRI = 'https://w3id.org/plaza/def';

export const namedNode = (iri: string) => DataFactory.namedNode(iri);
export const literal = (value: string, languageOrDatatype?: string | NamedNode) =>
  DataFactory.literal(value, languageOrDatatype);
export const blankNode = (name?: string) => DataFactory.blankNode(name);
const quad = (s: Term, p: Term, o: Term) =>
  DataFactory.quad(s as Quad['subject'], p as Quad['predicate'], o as Quad['object']);

/** A deployment IRI: `id('concept/retention/5y')` is `{BASE}id/concept/retention/5y`. */
export function id(path: string) {
  return namedNode(`${BASE}id/${path}`);
}

export function parseTurtle(text: string, base = BASE): Quad[] {
  return new Parser({ baseIRI: base, format: 'text/turtle' }).parse(text);
}

/** A fixture of test/ontology/fixtures/ as a fresh, editable store. */
export function fixture(name: string): Store {
  const text = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
  return new Store(parseTurtle(text));
}

/** Removes every (subject, predicate, *) triple. */
export function drop(store: Store, subject: Term, predicate: Term): Store {
  store.removeQuads(store.getQuads(subject, predicate, null, null));
  return store;
}

/** Replaces every (subject, predicate, *) triple by one with `object`. */
export function replace(store: Store, subject: Term, predicate: Term, object: Term): Store {
  drop(store, subject, predicate);
  store.addQuad(quad(subject, predicate, object));
  return store;
}

export function add(store: Store, subject: Term, predicate: Term, object: Term): Store {
  store.addQuad(quad(subject, predicate, object));
  return store;
}

export interface Violation {
  readonly focus: string;
  /** The predicate of a simple path; undefined for node-level results and complex paths. */
  readonly path: string | undefined;
  /** The constraint component's local name, e.g. `MinCountConstraintComponent`. */
  readonly component: string;
  readonly shape: string;
  readonly messages: readonly { readonly text: string; readonly language: string }[];
}

let validator: SHACLValidator | undefined;

/**
 * Validates against every shape of ontology/shapes. rdf-validate-shacl 0.6 is async and needs an
 * environment with a clownface factory, which rdf-ext lacks: the validator keeps its own default
 * environment, and the datasets are rdf-ext datasets.
 */
export async function validate(data: Store) {
  validator ??= new SHACLValidator(factory.dataset(loadShapeQuads(BASE)));
  const report = await validator.validate(factory.dataset(data.getQuads(null, null, null, null)));
  const violations: Violation[] = report.results.map((result) => {
    const path = result.path as Term | null | undefined;
    return {
      focus: result.focusNode.value,
      path: path?.termType === 'NamedNode' ? path.value : undefined,
      component: result.sourceConstraintComponent.value.replace('http://www.w3.org/ns/shacl#', ''),
      shape: result.sourceShape.value,
      messages: result.message.map((m) => ({
        text: m.value,
        language: m.termType === 'Literal' ? m.language : '',
      })),
    };
  });
  return { conforms: report.conforms, violations };
}

/** Short labels for assertion messages. */
export function summarise(violations: readonly Violation[]): string[] {
  return violations.map((v) => `${v.focus} ${v.path ?? '-'} ${v.component} ${v.shape}`);
}

export { dct, plaza, rdf, skos };

export async function expectConforms(store: Store) {
  const { conforms, violations } = await validate(store);
  expect(summarise(violations)).toEqual([]);
  expect(conforms).toBe(true);
}

/** Asserts non-conformance with (at least) a violation matching `expected`; returns the violations. */
export async function expectViolation(
  store: Store,
  expected: Partial<Violation>,
): Promise<Violation[]> {
  const { conforms, violations } = await validate(store);
  expect(conforms).toBe(false);
  expect(violations).toContainEqual(expect.objectContaining(expected));
  return violations;
}
