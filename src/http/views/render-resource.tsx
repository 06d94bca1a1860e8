// Which page a resource gets, by what it is in the public graph: the policy-context page for
// initiatives, a page of its own for organisations, meetings, budget lines, processes, concepts
// and legal grounds, and the shared record layout for every other record kind.
import { eli, org, plaza, skos } from '../../vocab/namespaces.ts';
import { loadPolicyContext, PAGE_SIZE } from '../pages/policy-context.ts';
import { loadRecord } from '../pages/record-loader.ts';
import {
  budgetLinePage,
  expenseReportPage,
  meetingPage,
  minutesPage,
  processPage,
} from './activity-pages.tsx';
import type { Paging } from './components.tsx';
import { conceptPage, legalGroundPage, organisationPage } from './directory-pages.tsx';
import { outOfRange, type PageKind, type RenderInput, type Rendered } from './page-kinds.ts';
import { PolicyPage } from './policy-page.tsx';
import { RecordPage } from './record-page.tsx';

const policyPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, data] = await Promise.all([
    loadRecord(reader, iri, need),
    loadPolicyContext(reader, iri, page, need),
  ]);
  const beyond = outOfRange(page, data.timeline.total, PAGE_SIZE);
  if (beyond) return beyond;
  const paging: Paging = { page, size: PAGE_SIZE, total: data.timeline.total };
  const pageEnv = env(await reader.labels(need));
  return {
    kind: 'page',
    html: <PolicyPage env={pageEnv} record={record} data={data} paging={paging} jsonLd={jsonLd} />,
  };
};

const recordPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const record = await loadRecord(reader, iri, need);
  const beyond = outOfRange(page, 0, PAGE_SIZE);
  if (beyond) return beyond;
  const pageEnv = env(await reader.labels(need));
  return { kind: 'page', html: <RecordPage env={pageEnv} record={record} jsonLd={jsonLd} /> };
};

interface Route {
  readonly when: (input: RenderInput) => boolean;
  readonly kind: PageKind;
}

const has = (input: RenderInput, type: { value: string }): boolean => input.types.has(type.value);

// Legal grounds are concepts too: their route comes before the concepts'.
const ROUTES: readonly Route[] = [
  { when: (i) => has(i, plaza('PolicyInitiative')), kind: policyPage },
  { when: (i) => has(i, plaza('Meeting')), kind: meetingPage },
  { when: (i) => has(i, plaza('Minutes')), kind: minutesPage },
  { when: (i) => has(i, plaza('BudgetLine')), kind: budgetLinePage },
  { when: (i) => has(i, plaza('WorkProcess')), kind: processPage },
  { when: (i) => has(i, plaza('ExpenseReport')), kind: expenseReportPage },
  { when: (i) => has(i, org('Organization')), kind: organisationPage },
  {
    when: (i) => has(i, eli('LegalResourceSubdivision')) || i.iri.includes('/id/legal/'),
    kind: legalGroundPage,
  },
  { when: (i) => has(i, skos('Concept')), kind: conceptPage },
];

export function renderResource(input: RenderInput): Promise<Rendered> {
  const route = ROUTES.find((r) => r.when(input));
  return (route?.kind ?? recordPage)(input);
}

// Kept for the kinds added next (organisations, concepts, legal grounds).
export const CLASSES = {
  org: org('Organization'),
  concept: skos('Concept'),
  legal: eli('LegalResourceSubdivision'),
};
