// Helpers for checking the example queries' rows: terms, numbers, totals from an auxiliary query.
import { expect } from 'vitest';

export interface Term {
  readonly type: string;
  readonly value: string;
  readonly datatype?: string;
  readonly 'xml:lang'?: string;
}
export type Row = Readonly<Record<string, Term | undefined>>;
/** Runs an auxiliary SELECT on the same store. */
export type Select = (sparql: string) => Promise<Row[]>;
export type Check = (rows: Row[], select: Select) => Promise<void> | void;

export const PREFIXES = `PREFIX plaza: <https://w3id.org/plaza/def#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX org: <http://www.w3.org/ns/org#>
`;

export function str(row: Row, name: string): string {
  const term = row[name];
  if (term === undefined) throw new Error(`?${name} is unbound in ${JSON.stringify(row)}`);
  return term.value;
}
export function num(row: Row, name: string): number {
  const n = Number(str(row, name));
  expect(Number.isFinite(n), `?${name} is a number`).toBe(true);
  return n;
}
export const sum = (rows: Row[], name: string): number =>
  rows.reduce((t, r) => t + num(r, name), 0);

/** One number from an auxiliary query `SELECT (… AS ?n)`, with the usual prefixes. */
export async function count(select: Select, query: string): Promise<number> {
  const [row] = await select(`${PREFIXES}${query}`);
  return row === undefined ? 0 : num(row, 'n');
}

export function expectSorted(values: number[], order: 'asc' | 'desc'): void {
  const sorted = [...values].sort((a, b) => (order === 'asc' ? a - b : b - a));
  expect(values).toEqual(sorted);
}

/** The percentage a query rounds to one decimal, recomputed. */
export function expectPercent(row: Row, part: string, whole: string, percent: string): void {
  if (num(row, whole) === 0) return;
  const exact = (100 * num(row, part)) / num(row, whole);
  expect(Math.abs(num(row, percent) - exact)).toBeLessThanOrEqual(0.05 + 1e-9);
}

export const DATE = /^\d{4}-\d{2}-\d{2}/;
