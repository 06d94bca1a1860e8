// The record layout every kind shares: title, kind, disclosure (grade, grounds, release and the
// withheld parts as 비공개 placeholders), facts, classification breadcrumbs, policy context,
// provenance and the source link; kind-specific sections come in as children.
import type { Child } from 'hono/jsx';
import { foaf, plaza, rdf } from '../../vocab/namespaces.ts';
import type { RecordData } from '../pages/record-loader.ts';
import { SHOWN_ELSEWHERE, objectsOf } from '../pages/record-loader.ts';
import {
  Breadcrumbs,
  ContextList,
  DisclosureBox,
  FactsList,
  ProvenanceNote,
  Section,
} from './components.tsx';
import { labelOf } from './i18n.ts';
import { Layout } from './layout.tsx';
import { localName, nameOf, type PageEnv } from './page-env.ts';

// Types every record also has: the page names the most specific Plaza class instead.
const GENERIC_TYPES = new Set([
  'https://www.ica.org/standards/RiC/ontology#Record',
  'https://www.ica.org/standards/RiC/ontology#RecordPart',
  'http://purl.org/linked-data/cube#Observation',
  'http://www.w3.org/ns/prov#Activity',
  'https://schema.org/Event',
  'http://www.w3.org/ns/org#OrganizationalUnit',
  plaza('PolicyInitiative').value,
]);

export function kindOf(record: RecordData): string | undefined {
  const types = [...record.types];
  return (
    types.find((t) => t.startsWith(plaza('').value) && !GENERIC_TYPES.has(t)) ??
    types.find((t) => !GENERIC_TYPES.has(t))
  );
}

export function titleOf(env: PageEnv, record: RecordData): string {
  const withheldTitle = record.facts.some(
    (f) => f.predicate === 'http://purl.org/dc/terms/title' && f.withheld,
  );
  return (
    labelOf(env.labels, record.iri, env.lang) ??
    (withheldTitle ? env.t.untitled : localName(record.iri))
  );
}

export interface RecordPageProps {
  readonly env: PageEnv;
  readonly record: RecordData;
  readonly hide?: ReadonlySet<string>;
  readonly jsonLd?: string | undefined;
  /** Sections after the facts (the kind's own inverse lists). */
  readonly children?: Child;
}

export function RecordPage({ env, record, hide, jsonLd, children }: RecordPageProps) {
  const title = titleOf(env, record);
  const kind = kindOf(record);
  const page = objectsOf(record.facts, foaf('page'))[0]?.value;
  const hidden = new Set([...SHOWN_ELSEWHERE, foaf('page').value, ...(hide ?? [])]);
  const isRecord = record.decision !== undefined || record.contexts.length > 0;
  return (
    <Layout env={env} title={title} jsonLd={jsonLd}>
      <h1>{title}</h1>
      {kind ? <p class="kind">{nameOf(env, kind)}</p> : null}
      <DisclosureBox env={env} decision={record.decision} parts={record.withheldParts} />
      <Section id="facts" title={env.t.facts}>
        <FactsList env={env} facts={record.facts} hide={hidden} />
      </Section>
      {children}
      <Breadcrumbs env={env} chains={record.chains} />
      {isRecord ? <ContextList env={env} contexts={record.contexts} /> : null}
      <ProvenanceNote env={env} provenance={record.provenance} page={page} />
    </Layout>
  );
}

export const TYPE = rdf('type').value;
