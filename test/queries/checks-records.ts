// What the queries on the list kinds (01–08) must return on data/: invariants of their own columns
// and totals recomputed by a simpler, independent query — never fixed counts.
import { expect } from 'vitest';
import { count, DATE, expectSorted, num, str, sum, type Check } from './query-support.ts';

export const RECORD_CHECKS: Record<string, Check> = {
  async '01'(rows, select) {
    for (const r of rows) expect(str(r, 'month')).toMatch(/^\d{4}-\d{2}$/);
    const resolved = await count(
      select,
      'SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a plaza:ApprovalDocument ; plaza:responsibleUnit ?u }',
    );
    expect(sum(rows, 'documents')).toBe(resolved);
  },
  '02'(rows) {
    for (const r of rows) {
      expect(str(r, 'ground')).toMatch(
        /\/legal\/(opengov-act\/art\/9\/para\/1\/item\/\d|not-stated)$/,
      );
      expect(str(r, 'label')).not.toBe('');
      expect(str(r, 'firstRelease')).toMatch(DATE);
    }
    expectSorted(
      rows.map((r) => num(r, 'records')),
      'desc',
    );
  },
  async '03'(rows, select) {
    const all = await count(
      select,
      'SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r dct:type ?k ; plaza:disclosure/plaza:disclosureStatus ?g }',
    );
    expect(sum(rows, 'records')).toBe(all);
  },
  '04'(rows) {
    expect(rows.length).toBeLessThanOrEqual(50);
    expectSorted(
      rows.map((r) => num(r, 'documents')),
      'desc',
    );
  },
  async '05'(rows, select) {
    const lines = await count(
      select,
      'SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a plaza:Expense }',
    );
    expect(sum(rows, 'lines')).toBe(lines);
  },
  async '06'(rows, select) {
    // A name the link report lists matches no unit of the chart, or several.
    for (const r of rows) {
      const name = JSON.stringify(str(r, 'name'));
      const units = await count(
        select,
        `SELECT (COUNT(DISTINCT ?u) AS ?n) WHERE { ?u a org:OrganizationalUnit ; skos:prefLabel ${name}@ko }`,
      );
      expect(units === 0 || units > 1, `${name} matches ${units} unit(s)`).toBe(true);
    }
  },
  async '07'(rows, select) {
    const classified = await count(
      select,
      'SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a plaza:ProactiveDisclosure ; dct:subject ?s }',
    );
    expect(sum(rows, 'records')).toBe(classified);
  },
  async '08'(rows, select) {
    const reports = await count(
      select,
      'SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a plaza:ResearchReport ; dct:issued ?i }',
    );
    expect(sum(rows, 'reports')).toBe(reports);
  },
};
