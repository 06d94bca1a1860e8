// The policy-context page's data: an initiative's place in the hierarchy, one timeline of every
// record linked to it or its parts (plaza:policyContext), its budget per year and phase, the
// meetings that took it up with their decisions, and the work processes that carry it out.
import { plaza } from '../../vocab/namespaces.ts';
import { count, iri, iris, type PageReader } from './page-reader.ts';
import { sparql } from './sparql-text.ts';

/** Timeline rows per page; the secondary lists show at most this many, with their total. */
export const PAGE_SIZE = 20;
const SHORT_LIST = 10;

/** The record kinds the timeline holds (agenda items and expense lines appear within their whole). */
export const TIMELINE_KINDS = [
  'ApprovalDocument',
  'ProactiveDisclosure',
  'ResearchReport',
  'ExpenseReport',
  'BudgetLine',
  'Meeting',
  'Minutes',
  'WorkProcess',
].map((k) => plaza(k));

export interface TimelineItem {
  readonly iri: string;
  readonly kind: string;
  readonly date?: string | undefined;
  readonly via: string;
  readonly basis?: string | undefined;
}

export interface BudgetRow {
  readonly year: string;
  readonly phase: string;
  readonly lines: number;
  readonly current: string;
  readonly executed: string;
}

export interface AgendaEntry {
  readonly item: string;
  readonly position: number;
  readonly outcome?: string | undefined;
  readonly votes?: readonly [string, string, string] | undefined;
}

export interface MeetingEntry {
  readonly iri: string;
  readonly start?: string | undefined;
  readonly open: boolean;
  readonly agenda: readonly AgendaEntry[];
}

export interface ProcessEntry {
  readonly iri: string;
  readonly steps: readonly {
    readonly iri: string;
    readonly n: number;
    readonly lane?: string | undefined;
  }[];
}

export interface PolicyContextData {
  readonly ancestors: readonly string[];
  readonly children: readonly { readonly iri: string; readonly parts: number }[];
  readonly timeline: {
    readonly total: number;
    readonly byKind: readonly { readonly kind: string; readonly n: number }[];
    readonly items: readonly TimelineItem[];
  };
  readonly budget: readonly BudgetRow[];
  readonly meetings: { readonly total: number; readonly items: readonly MeetingEntry[] };
  readonly processes: { readonly total: number; readonly items: readonly ProcessEntry[] };
}

export async function loadPolicyContext(
  reader: PageReader,
  subject: string,
  page: number,
  need: Set<string>,
): Promise<PolicyContextData> {
  const node = iri(subject);
  const kinds = TIMELINE_KINDS;
  const [
    ancestorRows,
    childRows,
    kindRows,
    itemRows,
    budgetRows,
    meetingRows,
    meetingCount,
    processRows,
    processCount,
  ] = await Promise.all([
    reader.rows(sparql`SELECT ?a (COUNT(?mid) AS ?depth) WHERE {
        ${node} dct:isPartOf+ ?a . OPTIONAL { ?a dct:isPartOf+ ?mid }
      } GROUP BY ?a ORDER BY ?depth`),
    reader.rows(sparql`SELECT ?c (COUNT(?g) AS ?n) WHERE {
        ?c dct:isPartOf ${node} ; a plaza:PolicyInitiative . OPTIONAL { ?g dct:isPartOf ?c }
      } GROUP BY ?c ORDER BY ?c LIMIT 200`),
    reader.rows(sparql`SELECT ?kind (COUNT(DISTINCT ?record) AS ?n) WHERE {
        { SELECT DISTINCT ?v WHERE { ?v dct:isPartOf* ${node} } }
        ?record plaza:policyContext ?v ; a ?kind .
        VALUES ?kind { ${kinds} }
      } GROUP BY ?kind ORDER BY DESC(?n)`),
    reader.rows(sparql`SELECT ?record (SAMPLE(?k) AS ?kind) (MIN(?d) AS ?date) (SAMPLE(?v) AS ?via) (SAMPLE(?b) AS ?basis) WHERE {
        { SELECT DISTINCT ?v WHERE { ?v dct:isPartOf* ${node} } }
        ?record plaza:policyContext ?v ; a ?k .
        VALUES ?k { ${kinds} }
        OPTIONAL { ?record plaza:qualifiedPolicyContext ?l . ?l plaza:linkTarget ?v ; plaza:linkBasis ?b }
        OPTIONAL { ?record dct:created|dct:issued|schema:startDate|plaza:period|dct:date ?d0 }
        OPTIONAL { ?record plaza:minutesOf/schema:startDate ?d1 }
        BIND(STR(COALESCE(?d0, ?d1)) AS ?d)
      } GROUP BY ?record ORDER BY COALESCE(?date, "9999") ?record
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`),
    reader.rows(sparql`SELECT ?year ?phase (COUNT(?line) AS ?lines) (SUM(?cur) AS ?current) (SUM(COALESCE(?exe, 0)) AS ?executed) WHERE {
        { SELECT DISTINCT ?line WHERE { { SELECT DISTINCT ?v WHERE { ?v dct:isPartOf* ${node} } }
        ?line plaza:policyContext ?v ; a plaza:BudgetLine } }
        ?line plaza:fiscalYear ?year ; plaza:budgetPhase ?phase ; plaza:currentBudgetAmount ?cur .
        OPTIONAL { ?line plaza:executedAmount ?exe }
      } GROUP BY ?year ?phase ORDER BY ?year ?phase`),
    reader.rows(sparql`SELECT ?m (SAMPLE(?s) AS ?start) (SAMPLE(?o) AS ?open) WHERE {
        { SELECT DISTINCT ?v WHERE { ?v dct:isPartOf* ${node} } }
        ?m a plaza:Meeting ; plaza:policyContext ?v .
        OPTIONAL { ?m schema:startDate ?s } OPTIONAL { ?m plaza:openSession ?o }
      } GROUP BY ?m ORDER BY DESC(?start) ?m LIMIT ${SHORT_LIST}`),
    reader.rows(sparql`SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {
        { SELECT DISTINCT ?v WHERE { ?v dct:isPartOf* ${node} } }
        ?m a plaza:Meeting ; plaza:policyContext ?v .
      }`),
    reader.rows(sparql`SELECT DISTINCT ?p WHERE {
        { SELECT DISTINCT ?v WHERE { ?v dct:isPartOf* ${node} } }
        ?p a plaza:WorkProcess ; plaza:policyContext ?v .
      } ORDER BY ?p LIMIT ${SHORT_LIST}`),
    reader.rows(sparql`SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
        { SELECT DISTINCT ?v WHERE { ?v dct:isPartOf* ${node} } }
        ?p a plaza:WorkProcess ; plaza:policyContext ?v .
      }`),
  ]);

  const meetings = iris(meetingRows, 'm');
  const processes = iris(processRows, 'p');
  const [agendaRows, stepRows] = await Promise.all([
    meetings.length === 0
      ? []
      : reader.rows(sparql`SELECT ?m ?item ?pos (SAMPLE(?out) AS ?outcome) (SAMPLE(?y) AS ?yes) (SAMPLE(?no0) AS ?no) (SAMPLE(?ab) AS ?abstain) WHERE {
          VALUES ?m { ${meetings.map(iri)} }
          ?m plaza:agendaItem ?item . ?item schema:position ?pos .
          FILTER EXISTS { ?item plaza:policyContext ?v . ?v dct:isPartOf* ${node} }
          OPTIONAL { ?item plaza:decision ?d .
            OPTIONAL { ?d plaza:decisionOutcome ?out } OPTIONAL { ?d plaza:votesInFavour ?y }
            OPTIONAL { ?d plaza:votesAgainst ?no0 } OPTIONAL { ?d plaza:abstentions ?ab } }
        } GROUP BY ?m ?item ?pos ORDER BY ?m ?pos`),
    processes.length === 0
      ? []
      : reader.rows(sparql`SELECT ?p ?step ?n (SAMPLE(?l) AS ?lane) WHERE {
          VALUES ?p { ${processes.map(iri)} }
          ?step dct:isPartOf ?p ; a plaza:ProcessStep ; plaza:stepNumber ?n .
          OPTIONAL { ?step plaza:lane ?l }
        } GROUP BY ?p ?step ?n ORDER BY ?p ?n`),
  ]);

  const timelineItems: TimelineItem[] = itemRows.map((r) => ({
    iri: r.get('record')?.value ?? '',
    kind: r.get('kind')?.value ?? '',
    date: r.get('date')?.value,
    via: r.get('via')?.value ?? '',
    basis: r.get('basis')?.value,
  }));
  const byKind = kindRows.map((r) => ({
    kind: r.get('kind')?.value ?? '',
    n: Number(r.get('n')?.value ?? 0),
  }));
  const budget: BudgetRow[] = budgetRows
    .map((r) => ({
      year: r.get('year')?.value ?? '',
      phase: r.get('phase')?.value ?? '',
      lines: Number(r.get('lines')?.value ?? 0),
      current: r.get('current')?.value ?? '0',
      executed: r.get('executed')?.value ?? '0',
    }))
    .sort((a, b) => a.year.localeCompare(b.year) || phaseRank(a.phase) - phaseRank(b.phase));

  const agendaByMeeting = new Map<string, AgendaEntry[]>();
  for (const r of agendaRows) {
    const m = r.get('m')?.value ?? '';
    const yes = r.get('yes')?.value;
    const no = r.get('no')?.value;
    const abstain = r.get('abstain')?.value;
    const list = agendaByMeeting.get(m) ?? [];
    list.push({
      item: r.get('item')?.value ?? '',
      position: Number(r.get('pos')?.value ?? 0),
      outcome: r.get('outcome')?.value,
      votes:
        yes !== undefined && no !== undefined && abstain !== undefined
          ? [yes, no, abstain]
          : undefined,
    });
    agendaByMeeting.set(m, list);
  }
  const stepsByProcess = new Map<string, { iri: string; n: number; lane?: string | undefined }[]>();
  for (const r of stepRows) {
    const p = r.get('p')?.value ?? '';
    const list = stepsByProcess.get(p) ?? [];
    list.push({
      iri: r.get('step')?.value ?? '',
      n: Number(r.get('n')?.value ?? 0),
      lane: r.get('lane')?.value,
    });
    stepsByProcess.set(p, list);
  }

  const data: PolicyContextData = {
    ancestors: iris(ancestorRows, 'a'),
    children: childRows.map((r) => ({
      iri: r.get('c')?.value ?? '',
      parts: Number(r.get('n')?.value ?? 0),
    })),
    timeline: { total: byKind.reduce((sum, k) => sum + k.n, 0), byKind, items: timelineItems },
    budget,
    meetings: {
      total: count(meetingCount),
      items: meetingRows.map((r) => ({
        iri: r.get('m')?.value ?? '',
        start: r.get('start')?.value,
        open: r.get('open')?.value !== 'false',
        agenda: agendaByMeeting.get(r.get('m')?.value ?? '') ?? [],
      })),
    },
    processes: {
      total: count(processCount),
      items: processes.map((p) => ({ iri: p, steps: stepsByProcess.get(p) ?? [] })),
    },
  };
  for (const a of data.ancestors) need.add(a);
  for (const c of data.children) need.add(c.iri);
  for (const k of byKind) need.add(k.kind);
  for (const i of timelineItems) [i.iri, i.kind, i.via, i.basis ?? ''].forEach((v) => need.add(v));
  for (const b of budget) need.add(b.phase);
  for (const m of data.meetings.items) {
    need.add(m.iri);
    for (const a of m.agenda) [a.item, a.outcome ?? ''].forEach((v) => need.add(v));
  }
  for (const p of data.processes.items) {
    need.add(p.iri);
    for (const s of p.steps) [s.iri, s.lane ?? ''].forEach((v) => need.add(v));
  }
  return data;
}

/** Budget phases in the order a year runs through them: 본예산, 추경 1…n, 결산. */
export function phaseRank(phase: string): number {
  const notation = phase.slice(phase.lastIndexOf('/') + 1);
  if (notation === 'original') return 0;
  if (notation === 'settlement') return 100;
  const n = /^supplementary-(\d+)$/.exec(notation);
  return n ? Number(n[1]) : 50;
}
