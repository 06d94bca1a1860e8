// Pages of the resources records point at: organisations (units, initiatives they own, their
// records), classification concepts (broader chain, narrower, their records) and legal grounds
// (the decisions and withheld values citing them, counted, and the withheld records).
import { dct, org, plaza, skos } from '../../vocab/namespaces.ts';
import {
  chainAbove,
  groundCounts,
  recordsPointingTo,
  shortList,
  withholdingsCiting,
  type RecordPage as Listed,
} from '../pages/inverse-lists.ts';
import { PAGE_SIZE } from '../pages/policy-context.ts';
import { loadRecord } from '../pages/record-loader.ts';
import { ChainNav, Pager, RecordTable, Section, TermLink, type Paging } from './components.tsx';
import { outOfRange, type PageKind } from './page-kinds.ts';
import type { PageEnv } from './page-env.ts';
import { RecordPage } from './record-page.tsx';

export function RecordsSection({
  env,
  id,
  title,
  list,
  page,
}: {
  env: PageEnv;
  id: string;
  title: string;
  list: Listed;
  page: number;
}) {
  const paging: Paging = { page, size: PAGE_SIZE, total: list.total };
  return (
    <Section id={id} title={title}>
      {list.total === 0 ? (
        <p>{env.t.noRecords}</p>
      ) : (
        <>
          <p>
            {env.t.count}: {list.total}
          </p>
          <RecordTable env={env} caption={title} items={list.items} />
          <Pager env={env} paging={paging} />
        </>
      )}
    </Section>
  );
}

export function LinkList({
  env,
  id,
  title,
  list,
}: {
  env: PageEnv;
  id: string;
  title: string;
  list: { total: number; items: readonly string[] };
}) {
  if (list.total === 0) return null;
  return (
    <Section id={id} title={title}>
      {list.total > list.items.length ? (
        <p>{env.t.shownOf(list.items.length, list.total)}</p>
      ) : null}
      <ul>
        {list.items.map((i) => (
          <li>
            <TermLink env={env} iri={i} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

export const organisationPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, parents, units, owned, records] = await Promise.all([
    loadRecord(reader, iri, need),
    chainAbove(reader, iri, org('unitOf'), need),
    shortList(reader, org('unitOf'), iri, need),
    shortList(reader, plaza('responsibleUnit'), iri, need, plaza('PolicyInitiative')),
    recordsPointingTo(reader, plaza('responsibleUnit'), iri, page, need),
  ]);
  const beyond = outOfRange(page, records.total, PAGE_SIZE);
  if (beyond) return beyond;
  const e = env(await reader.labels(need));
  return {
    kind: 'page',
    html: (
      <RecordPage env={e} record={record} jsonLd={jsonLd}>
        {parents.length > 0 ? (
          <Section id="parents" title={e.t.parentUnit}>
            <ChainNav env={e} chain={parents} label={e.t.parentUnit} />
          </Section>
        ) : null}
        <LinkList env={e} id="units" title={e.t.units} list={units} />
        <LinkList env={e} id="initiatives" title={e.t.initiativesOwned} list={owned} />
        <RecordsSection
          env={e}
          id="records"
          title={e.t.responsibleRecords}
          list={records}
          page={page}
        />
      </RecordPage>
    ),
  };
};

export const conceptPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, broader, narrower, records] = await Promise.all([
    loadRecord(reader, iri, need),
    chainAbove(reader, iri, skos('broader'), need),
    shortList(reader, skos('broader'), iri, need),
    recordsPointingTo(reader, dct('subject'), iri, page, need),
  ]);
  const beyond = outOfRange(page, records.total, PAGE_SIZE);
  if (beyond) return beyond;
  const e = env(await reader.labels(need));
  return {
    kind: 'page',
    html: (
      <RecordPage env={e} record={record} jsonLd={jsonLd}>
        {broader.length > 0 ? (
          <Section id="broader" title={e.t.broader}>
            <ChainNav env={e} chain={broader} label={e.t.broader} />
          </Section>
        ) : null}
        <LinkList env={e} id="narrower" title={e.t.narrower} list={narrower} />
        <RecordsSection
          env={e}
          id="records"
          title={e.t.recordsWithClassification}
          list={records}
          page={page}
        />
      </RecordPage>
    ),
  };
};

export const legalGroundPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, counts, records] = await Promise.all([
    loadRecord(reader, iri, need),
    groundCounts(reader, iri, need),
    withholdingsCiting(reader, iri, page, need),
  ]);
  const beyond = outOfRange(page, records.total, PAGE_SIZE);
  if (beyond) return beyond;
  const e = env(await reader.labels(need));
  const CountTable = ({
    id,
    title,
    rows,
  }: {
    id: string;
    title: string;
    rows: [string, number][];
  }) =>
    rows.length === 0 ? null : (
      <Section id={id} title={title}>
        <table class="numbers">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{e.t.kind}</th>
              <th scope="col">{e.t.count}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([c, n]) => (
              <tr>
                <th scope="row">
                  <TermLink env={e} iri={c} />
                </th>
                <td class="num">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    );
  return {
    kind: 'page',
    html: (
      <RecordPage env={e} record={record} jsonLd={jsonLd}>
        <CountTable id="by-grade" title={e.t.decisionsByGrade} rows={counts.byGrade} />
        <CountTable id="by-reason" title={e.t.redactionsByReason} rows={counts.byReason} />
        <RecordsSection env={e} id="records" title={e.t.withholdings} list={records} page={page} />
      </RecordPage>
    ),
  };
};
