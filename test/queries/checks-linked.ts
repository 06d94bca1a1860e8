// What the queries across linked kinds (09–23: policies, budget, meetings, processes, the org
// chart, publication) must return on data/: invariants of their columns and totals recomputed by
// a simpler, independent query — never fixed counts.
import { expect } from 'vitest';
import {
  count,
  expectPercent,
  expectSorted,
  num,
  str,
  sum,
  type Check,
  type Row,
} from './query-support.ts';

/** Sum of a measure over the distinct lines of the given phase whose code is a project's. */
const projectLinesTotal = (phase: string): string => `SELECT (SUM(?a) AS ?n) WHERE {
  SELECT DISTINCT ?line ?a WHERE {
    ?p a plaza:Project ; plaza:budgetProjectCode ?c .
    ?line plaza:budgetProjectCode ?c ; plaza:budgetPhase/skos:notation "${phase}" ;
          plaza:currentBudgetAmount ?a . } }`;

const bound = (row: Row, name: string): boolean => row[name] !== undefined;

export const LINKED_CHECKS: Record<string, Check> = {
  async '09'(rows, select) {
    for (const r of rows) expect(num(r, 'projects')).toBeGreaterThan(0);
    const budgeted = rows.filter((r) => bound(r, 'currentBudget'));
    expect(sum(budgeted, 'currentBudget')).toBe(await count(select, projectLinesTotal('original')));
  },
  async '10'(rows, select) {
    // Every budget line has a 부문 (or 분야), so the fields share out each year's whole budget.
    for (const year of new Set(rows.map((r) => str(r, 'year')))) {
      const ofYear = rows.filter((r) => str(r, 'year') === year);
      const total = await count(
        select,
        `SELECT (SUM(?a) AS ?n) WHERE { ?l a plaza:BudgetLine ; plaza:fiscalYear ?y ;
          plaza:budgetPhase/skos:notation "original" ; plaza:currentBudgetAmount ?a .
          FILTER (STR(?y) = "${year}") }`,
      );
      expect(sum(ofYear, 'currentBudget')).toBe(total);
      const documents = await count(
        select,
        `SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a plaza:ApprovalDocument ; dct:created ?c .
          FILTER (YEAR(?c) = ${year}) }`,
      );
      for (const r of ofYear) expect(num(r, 'documents')).toBeLessThanOrEqual(documents);
    }
    expect(rows.some((r) => num(r, 'documents') > 0)).toBe(true);
  },
  '11'(rows) {
    for (const r of rows) {
      expect(str(r, 'phase')).toMatch(/^(settlement|supplementary-\d)$/);
      expectPercent(r, 'expenditure', 'currentBudget', 'executionRatePercent');
    }
    expectSorted(
      rows.map((r) => num(r, 'executionRatePercent')),
      'asc',
    );
  },
  '12'(rows) {
    for (const r of rows) {
      expect(str(r, 'supplementary')).toMatch(/^supplementary-\d$/);
      expect(num(r, 'change')).toBe(num(r, 'revised') - num(r, 'original'));
      expect(num(r, 'change')).not.toBe(0);
      expectPercent(r, 'change', 'original', 'changePercent');
    }
    expectSorted(
      rows.map((r) => Math.abs(num(r, 'change'))),
      'desc',
    );
  },
  async '13'(rows, select) {
    const links = await count(
      select,
      'SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?r ?l WHERE { ?r plaza:executesBudgetLine ?l } }',
    );
    expect(sum(rows, 'reports')).toBe(links);
    for (const r of rows) {
      expectPercent(r, 'reportedSpending', 'currentBudget', 'sharePercent');
      expect(str(r, 'firstMonth') <= str(r, 'lastMonth')).toBe(true);
    }
  },
  async '14'(rows, select) {
    // The policies reached from agenda items by explicit hops: item → policy, programme, project.
    const policies = await select(`PREFIX plaza: <https://w3id.org/plaza/def#>
      PREFIX dct: <http://purl.org/dc/terms/>
      SELECT DISTINCT ?policy WHERE { ?item a plaza:AgendaItem .
        { ?item plaza:policyContext ?policy } UNION
        { ?item plaza:policyContext/dct:isPartOf ?policy } UNION
        { ?item plaza:policyContext/dct:isPartOf/dct:isPartOf ?policy }
        ?policy a plaza:Policy }`);
    expect(new Set(rows.map((r) => str(r, 'policy')))).toEqual(
      new Set(policies.map((r) => str(r, 'policy'))),
    );
    for (const r of rows) {
      expect(num(r, 'items')).toBeGreaterThanOrEqual(num(r, 'meetings'));
      expect(str(r, 'firstMeeting') <= str(r, 'lastMeeting')).toBe(true);
    }
  },
  async '15'(rows, select) {
    for (const r of rows) {
      if (bound(r, 'release')) expect(str(r, 'release') >= str(r, 'start').slice(0, 10)).toBe(true);
    }
    const closed = await count(
      select,
      'SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a plaza:Meeting ; plaza:openSession false }',
    );
    expect(new Set(rows.map((r) => str(r, 'meeting'))).size).toBe(closed);
  },
  async '16'(rows, select) {
    for (const r of rows) {
      const [yes, no, abstain] = ['inFavour', 'against', 'abstentions'].map((v) => num(r, v));
      expect(num(r, 'margin')).toBe(yes! - no!);
      expect(str(r, 'unanimous')).toBe(String(no === 0 && abstain === 0));
    }
    expectSorted(
      rows.map((r) => num(r, 'margin')),
      'asc',
    );
    const votes = await count(
      select,
      'SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a plaza:Decision ; plaza:votesInFavour ?y }',
    );
    expect(rows.length).toBe(votes);
  },
  async '17'(rows, select) {
    for (const r of rows) {
      expect(num(r, 'closedMeetings')).toBeLessThanOrEqual(num(r, 'meetings'));
      expect(num(r, 'unanimousVotes')).toBeLessThanOrEqual(num(r, 'recordedVotes'));
      expect(num(r, 'recordedVotes')).toBeLessThanOrEqual(num(r, 'agendaItems'));
    }
    const meetings = await count(
      select,
      'SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a plaza:Meeting }',
    );
    expect(sum(rows, 'meetings')).toBe(meetings);
  },
  async '18'(rows, select) {
    const producing = await count(
      select,
      'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a plaza:ProcessStep ; plaza:producesDocumentType ?t }',
    );
    expect(rows.length).toBe(producing);
    for (const r of rows) {
      if (!str(r, 'documentTypes').includes('결재문서'))
        expect(num(r, 'approvalDocumentsFiled')).toBe(0);
    }
    expect(rows.some((r) => num(r, 'approvalDocumentsFiled') > 0)).toBe(true);
  },
  async '19'(rows, select) {
    for (const r of rows) {
      expect(num(r, 'processesOwned')).toBeLessThanOrEqual(num(r, 'processes'));
      expect(num(r, 'stepsProducingDocuments')).toBeLessThanOrEqual(num(r, 'steps'));
    }
    const steps = await count(
      select,
      'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a plaza:ProcessStep ; plaza:lane ?l }',
    );
    expect(sum(rows, 'steps')).toBe(steps);
  },
  async '20'(rows, select) {
    for (const r of rows) {
      expect(str(r, 'lastDay') < str(r, 'effective')).toBe(true);
      if (bound(r, 'successor')) expect(str(r, 'successor')).not.toBe(str(r, 'unit'));
    }
    const changed = await count(
      select,
      'SELECT (COUNT(DISTINCT ?u) AS ?n) WHERE { ?u org:changedBy ?e }',
    );
    expect(new Set(rows.map((r) => str(r, 'unit'))).size).toBe(changed);
  },
  '21'(rows) {
    const byPolicy = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const kinds = byPolicy.get(str(r, 'policy')) ?? new Map<string, number>();
      kinds.set(str(r, 'kind'), num(r, 'records'));
      byPolicy.set(str(r, 'policy'), kinds);
    }
    // Minutes are reached through linked meetings only (closed meetings publish none).
    for (const kinds of byPolicy.values()) {
      expect(kinds.get('Minutes') ?? 0).toBeLessThanOrEqual(kinds.get('Meeting') ?? 0);
    }
    const kinds = new Set(rows.map((r) => str(r, 'kind')));
    for (const k of ['Approval document', 'Budget line', 'Meeting', 'Work process']) {
      expect(kinds).toContain(k);
    }
  },
  async '22'(rows, select) {
    for (const r of rows) expect(str(r, 'month')).toMatch(/^\d{4}-\d{2}$/);
    expect(rows.map((r) => str(r, 'month'))).toEqual(rows.map((r) => str(r, 'month')).sort());
    const scheduled = await count(
      select,
      'SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r plaza:disclosure/plaza:scheduledRelease ?d }',
    );
    expect(sum(rows, 'records')).toBe(scheduled);
  },
  async '23'(rows, select) {
    const placeholders = await count(
      select,
      'SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a plaza:Redacted }',
    );
    expect(sum(rows, 'placeholders')).toBe(placeholders);
    for (const r of rows) expect(num(r, 'resources')).toBeLessThanOrEqual(num(r, 'placeholders'));
  },
};
