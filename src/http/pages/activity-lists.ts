// The parts of meetings, minutes, budget lines, processes and expense reports their pages list:
// agenda items with decisions, attendees and speaker turns (names withheld as placeholders),
// a budget item's phases, a process's steps, an expense report's lines.
import type * as RDF from '@rdfjs/types';
import { count, iri, type PageReader, type Row, type Withheld } from './page-reader.ts';
import { PAGE_SIZE } from './policy-context.ts';
import { sparql } from './sparql-text.ts';

/** A value that may be a placeholder: the literal text, or the placeholder's grounds. */
export type MaybeWithheld =
  { readonly text: RDF.Literal } | { readonly withheld: Withheld } | undefined;

const v = (r: Row, name: string): string | undefined => r.get(name)?.value;

async function resolve(
  reader: PageReader,
  rows: readonly Row[],
  names: readonly string[],
): Promise<(r: Row, name: string) => MaybeWithheld> {
  const nodes = rows.flatMap((r) =>
    names
      .map((n) => r.get(n))
      .filter((t) => t?.termType === 'NamedNode')
      .map((t) => t?.value ?? ''),
  );
  const placeholders = await reader.placeholders(nodes);
  return (r, name) => {
    const t = r.get(name);
    if (!t) return undefined;
    if (t.termType === 'Literal') return { text: t };
    const w = placeholders.get(t.value);
    return { withheld: w ?? { node: t.value, grounds: [] } };
  };
}

export interface AgendaRow {
  readonly item: string;
  readonly position: string;
  readonly outcome?: string | undefined;
  readonly votes?: readonly [string, string, string] | undefined;
  readonly conditions?: MaybeWithheld;
  readonly contexts: readonly string[];
  readonly related: readonly string[];
}

export async function agendaOf(
  reader: PageReader,
  meeting: string,
  need: Set<string>,
): Promise<AgendaRow[]> {
  const rows =
    await reader.rows(sparql`SELECT ?item ?pos (SAMPLE(?o) AS ?outcome) (SAMPLE(?y) AS ?yes) (SAMPLE(?n0) AS ?no)
      (SAMPLE(?a) AS ?abstain) (SAMPLE(?c) AS ?conditions)
      (GROUP_CONCAT(DISTINCT STR(?ctx); separator=" ") AS ?contexts) (GROUP_CONCAT(DISTINCT STR(?rel); separator=" ") AS ?related) WHERE {
    ${iri(meeting)} plaza:agendaItem ?item . OPTIONAL { ?item schema:position ?pos }
    OPTIONAL { ?item plaza:policyContext ?ctx } OPTIONAL { ?item dct:relation ?rel }
    OPTIONAL { ?item plaza:decision ?d . OPTIONAL { ?d plaza:decisionOutcome ?o } OPTIONAL { ?d plaza:votesInFavour ?y }
      OPTIONAL { ?d plaza:votesAgainst ?n0 } OPTIONAL { ?d plaza:abstentions ?a } OPTIONAL { ?d plaza:conditions ?c } }
  } GROUP BY ?item ?pos ORDER BY ?pos`);
  const value = await resolve(reader, rows, ['conditions']);
  return rows.map((r) => {
    const split = (name: string): string[] => (v(r, name) ?? '').split(' ').filter((x) => x !== '');
    const [yes, no, abstain] = [v(r, 'yes'), v(r, 'no'), v(r, 'abstain')];
    const row: AgendaRow = {
      item: v(r, 'item') ?? '',
      position: v(r, 'pos') ?? '',
      outcome: v(r, 'outcome'),
      votes:
        yes !== undefined && no !== undefined && abstain !== undefined
          ? [yes, no, abstain]
          : undefined,
      conditions: value(r, 'conditions'),
      contexts: split('contexts'),
      related: split('related'),
    };
    [row.item, row.outcome ?? '', ...row.contexts, ...row.related].forEach((x) => need.add(x));
    return row;
  });
}

export interface PersonRow {
  readonly iri: string;
  readonly position?: string | undefined;
  readonly role?: string | undefined;
  readonly name: MaybeWithheld;
  readonly office?: string | undefined;
  readonly utterance?: MaybeWithheld;
}

/** Attendees of a meeting (all) or speaker turns of minutes (one page), in their order. */
export async function peopleOf(
  reader: PageReader,
  parent: string,
  which: 'attendees' | 'turns',
  page: number,
  need: Set<string>,
): Promise<{ total: number; items: PersonRow[] }> {
  const node = iri(parent);
  const [totalRows, rows] = await Promise.all([
    which === 'turns'
      ? reader.rows(sparql`SELECT (COUNT(?x) AS ?n) WHERE { ${node} plaza:speakerTurn ?x }`)
      : reader.rows(sparql`SELECT (COUNT(?x) AS ?n) WHERE { ${node} plaza:attendee ?x }`),
    which === 'turns'
      ? reader.rows(sparql`SELECT ?x ?pos ?role ?name ?office ?utterance WHERE {
          ${node} plaza:speakerTurn ?x . OPTIONAL { ?x schema:position ?pos } OPTIONAL { ?x plaza:meetingRole ?role }
          OPTIONAL { ?x plaza:officialName|plaza:citizenName ?name } OPTIONAL { ?x plaza:officialPosition ?office }
          OPTIONAL { ?x plaza:utterance ?utterance }
        } ORDER BY ?pos LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`)
      : reader.rows(sparql`SELECT ?x ?role ?name ?office WHERE {
          ${node} plaza:attendee ?x . OPTIONAL { ?x plaza:meetingRole ?role }
          OPTIONAL { ?x plaza:officialName|plaza:citizenName ?name } OPTIONAL { ?x plaza:officialPosition ?office }
        } ORDER BY STRLEN(STR(?x)) ?x LIMIT 200`),
  ]);
  const value = await resolve(reader, rows, ['name', 'utterance']);
  const items = rows.map((r) => {
    const row: PersonRow = {
      iri: v(r, 'x') ?? '',
      position: v(r, 'pos'),
      role: v(r, 'role'),
      name: value(r, 'name'),
      office: v(r, 'office'),
      utterance: value(r, 'utterance'),
    };
    if (row.role) need.add(row.role);
    for (const m of [row.name, row.utterance])
      if (m && 'withheld' in m) m.withheld.grounds.forEach((g) => need.add(g));
    return row;
  });
  return { total: count(totalRows), items };
}

export interface PhaseRow {
  readonly line: string;
  readonly phase: string;
  readonly current: string;
  readonly executed?: string | undefined;
}

/** The same budget item (year, account, department, detail project) in every phase. */
export async function phasesOf(
  reader: PageReader,
  line: string,
  need: Set<string>,
): Promise<PhaseRow[]> {
  const rows = await reader.rows(sparql`SELECT ?other ?phase ?cur ?exe WHERE {
    ${iri(line)} plaza:fiscalYear ?y ; plaza:budgetAccount ?a ; plaza:budgetOrganization ?o ; plaza:budgetProjectCode ?c .
    ?other plaza:fiscalYear ?y ; plaza:budgetAccount ?a ; plaza:budgetOrganization ?o ; plaza:budgetProjectCode ?c ;
      plaza:budgetPhase ?phase ; plaza:currentBudgetAmount ?cur .
    OPTIONAL { ?other plaza:executedAmount ?exe }
  } LIMIT 20`);
  return rows.map((r) => {
    const row = {
      line: v(r, 'other') ?? '',
      phase: v(r, 'phase') ?? '',
      current: v(r, 'cur') ?? '0',
      executed: v(r, 'exe'),
    };
    need.add(row.line);
    need.add(row.phase);
    return row;
  });
}

export interface StepRow {
  readonly step: string;
  readonly n?: string | undefined;
  readonly lane?: string | undefined;
  readonly unit?: string | undefined;
  readonly produces: readonly string[];
}

export async function stepsOf(
  reader: PageReader,
  process: string,
  need: Set<string>,
): Promise<StepRow[]> {
  const rows = await reader.rows(sparql`SELECT ?step ?n (SAMPLE(?l) AS ?lane) (SAMPLE(?u) AS ?unit)
      (GROUP_CONCAT(DISTINCT STR(?doc); separator=" ") AS ?produces) WHERE {
    ?step dct:isPartOf ${iri(process)} ; a plaza:ProcessStep .
    OPTIONAL { ?step plaza:stepNumber ?n } OPTIONAL { ?step plaza:lane ?l . OPTIONAL { ?l plaza:laneUnit ?u } }
    OPTIONAL { ?step plaza:producesDocumentType ?doc }
  } GROUP BY ?step ?n ORDER BY ?n ?step LIMIT 500`);
  return rows.map((r) => {
    const row: StepRow = {
      step: v(r, 'step') ?? '',
      n: v(r, 'n'),
      lane: v(r, 'lane'),
      unit: v(r, 'unit'),
      produces: (v(r, 'produces') ?? '').split(' ').filter((x) => x !== ''),
    };
    [row.step, row.lane ?? '', row.unit ?? '', ...row.produces].forEach((x) => need.add(x));
    return row;
  });
}

export interface ExpenseRow {
  readonly line: string;
  readonly at?: string | undefined;
  readonly amount?: string | undefined;
  readonly purpose: MaybeWithheld;
}

export async function expenseLinesOf(
  reader: PageReader,
  report: string,
  page: number,
  need: Set<string>,
): Promise<{ total: number; items: ExpenseRow[] }> {
  const node = iri(report);
  const [totalRows, rows] = await Promise.all([
    reader.rows(
      sparql`SELECT (COUNT(?x) AS ?n) WHERE { ?x dct:isPartOf ${node} ; a plaza:Expense }`,
    ),
    reader.rows(sparql`SELECT ?x ?at ?amount ?purpose WHERE {
      ?x dct:isPartOf ${node} ; a plaza:Expense .
      OPTIONAL { ?x plaza:executedAt ?at } OPTIONAL { ?x plaza:amount ?amount } OPTIONAL { ?x plaza:purpose ?purpose }
    } ORDER BY ?at ?x LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`),
  ]);
  const value = await resolve(reader, rows, ['purpose']);
  const items = rows.map((r) => {
    const row: ExpenseRow = {
      line: v(r, 'x') ?? '',
      at: v(r, 'at'),
      amount: v(r, 'amount'),
      purpose: value(r, 'purpose'),
    };
    if (row.purpose && 'withheld' in row.purpose)
      row.purpose.withheld.grounds.forEach((g) => need.add(g));
    return row;
  });
  return { total: count(totalRows), items };
}
