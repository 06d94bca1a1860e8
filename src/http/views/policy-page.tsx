// The policy-context page (정책 · 사업 · 세부사업): where the initiative sits, every record linked
// to it or its parts on one timeline, its budget as a table and a chart, the meetings that took it
// up and their decisions, and the work processes that carry it out.
import { dct, plaza, schema, skos } from '../../vocab/namespaces.ts';
import type { PolicyContextData } from '../pages/policy-context.ts';
import type { RecordData } from '../pages/record-loader.ts';
import { SHOWN_ELSEWHERE, objectsOf } from '../pages/record-loader.ts';
import { BarChart } from './budget-chart.tsx';
import {
  Breadcrumbs,
  FactsList,
  Pager,
  RecordTable,
  Section,
  TermLink,
  type Paging,
} from './components.tsx';
import { formatAmount, labelOf } from './i18n.ts';
import { Layout } from './layout.tsx';
import { nameOf, type PageEnv } from './page-env.ts';

const HIDE = new Set([...SHOWN_ELSEWHERE, skos('prefLabel').value, dct('isPartOf').value]);

export interface PolicyPageProps {
  readonly env: PageEnv;
  readonly record: RecordData;
  readonly data: PolicyContextData;
  readonly paging: Paging;
  readonly jsonLd?: string | undefined;
}

const shortDate = (d: string | undefined): string | undefined => d?.slice(0, 10);

export function PolicyPage({ env, record, data, paging, jsonLd }: PolicyPageProps) {
  const { t } = env;
  const title = nameOf(env, record.iri);
  const kind = [...record.types].find((k) => k !== plaza('PolicyInitiative').value);
  const identifier = objectsOf(record.facts, dct('identifier'))[0]?.value;
  const start = objectsOf(record.facts, schema('startDate'))[0]?.value;
  const end = objectsOf(record.facts, schema('endDate'))[0]?.value;
  return (
    <Layout env={env} title={title} jsonLd={jsonLd}>
      <h1>{title}</h1>
      <p class="kind">
        {kind ? nameOf(env, kind) : null}
        {identifier ? ` · ${identifier}` : null}
        {start || end ? ` · ${t.period} ${start ?? ''} – ${end ?? ''}` : null}
      </p>

      <Section id="hierarchy" title={t.hierarchy}>
        {data.ancestors.length > 0 ? (
          <nav class="breadcrumb" aria-label={t.parentChain}>
            <ol>
              {[...data.ancestors].reverse().map((a) => (
                <li>
                  <TermLink env={env} iri={a} />
                </li>
              ))}
              <li aria-current="page">{title}</li>
            </ol>
          </nav>
        ) : null}
        <h3>{t.children}</h3>
        {data.children.length === 0 ? (
          <p>{t.noChildren}</p>
        ) : (
          <ul>
            {data.children.map((c) => (
              <li>
                <TermLink env={env} iri={c.iri} />
                {c.parts > 0 ? ` (${t.childCount(c.parts)})` : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="facts" title={t.facts}>
        <FactsList env={env} facts={record.facts} hide={HIDE} />
      </Section>

      <Section id="timeline" title={t.timeline}>
        <p>{t.timelineIntro(data.timeline.total)}</p>
        {data.timeline.byKind.length > 0 ? (
          <ul class="kinds" aria-label={t.byKind}>
            {data.timeline.byKind.map((k) => (
              <li>
                {nameOf(env, k.kind)} <span class="count">{k.n}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {data.timeline.total === 0 ? (
          <p>{t.noRecords}</p>
        ) : (
          <>
            <RecordTable
              env={env}
              caption={`${t.timeline} — ${t.pageOf(paging.page, Math.max(1, Math.ceil(paging.total / paging.size)))}`}
              items={data.timeline.items.map((i) => ({
                iri: i.iri,
                kind: i.kind,
                date: shortDate(i.date),
                note: (
                  <>
                    <TermLink env={env} iri={i.via} />
                    {i.basis ? <span class="basis"> · {nameOf(env, i.basis)}</span> : null}
                  </>
                ),
              }))}
            />
            <Pager env={env} paging={paging} />
          </>
        )}
      </Section>

      <Section id="budget" title={t.budget}>
        {data.budget.length === 0 ? (
          <p>{t.noBudget}</p>
        ) : (
          <>
            <p>{t.budgetIntro}</p>
            <table class="numbers">
              <caption>{t.budget}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.year}</th>
                  <th scope="col">{t.phase}</th>
                  <th scope="col">{t.lines}</th>
                  <th scope="col">{t.currentBudget}</th>
                  <th scope="col">{t.executed}</th>
                </tr>
              </thead>
              <tbody>
                {data.budget.map((b) => (
                  <tr>
                    <th scope="row">{b.year}</th>
                    <td>{nameOf(env, b.phase)}</td>
                    <td class="num">{b.lines}</td>
                    <td class="num">{formatAmount(b.current, env.lang)}</td>
                    <td class="num">{formatAmount(b.executed, env.lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <BarChart
              id="budget-chart"
              lang={env.lang}
              title={t.budgetChart}
              bars={data.budget.map((b) => ({
                label: `${b.year} ${nameOf(env, b.phase)}`,
                value: Number(b.current),
              }))}
            />
          </>
        )}
      </Section>

      <Section id="meetings" title={t.meetings}>
        {data.meetings.total === 0 ? (
          <p>{t.noMeetings}</p>
        ) : (
          <>
            {data.meetings.total > data.meetings.items.length ? (
              <p>{t.shownOf(data.meetings.items.length, data.meetings.total)}</p>
            ) : null}
            <ul class="meetings">
              {data.meetings.items.map((m) => (
                <li>
                  <TermLink env={env} iri={m.iri} />
                  {m.start ? (
                    <>
                      {' '}
                      <time datetime={m.start}>{m.start.slice(0, 10)}</time>
                    </>
                  ) : null}
                  {m.open ? null : <p class="withheld">{t.closedMeeting}</p>}
                  {m.agenda.length > 0 ? (
                    <ol>
                      {m.agenda.map((a) => (
                        <li value={String(a.position)}>
                          <TermLink env={env} iri={a.item} />
                          {a.outcome ? (
                            <>
                              {' — '}
                              <strong>{nameOf(env, a.outcome)}</strong>
                            </>
                          ) : null}
                          {a.votes ? <span class="votes"> ({t.votes(...a.votes)})</span> : null}
                        </li>
                      ))}
                    </ol>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="processes" title={t.processes}>
        {data.processes.total === 0 ? (
          <p>{t.noProcesses}</p>
        ) : (
          <>
            {data.processes.total > data.processes.items.length ? (
              <p>{t.shownOf(data.processes.items.length, data.processes.total)}</p>
            ) : null}
            {data.processes.items.map((p) => (
              <article class="process">
                <h3>
                  <TermLink env={env} iri={p.iri} />
                </h3>
                <ol class="steps">
                  {p.steps.map((s) => (
                    <li value={String(s.n)}>
                      {labelOf(env.labels, s.iri, env.lang) ?? s.iri}
                      {s.lane ? <span class="lane"> — {nameOf(env, s.lane)}</span> : null}
                    </li>
                  ))}
                </ol>
              </article>
            ))}
          </>
        )}
      </Section>

      <Breadcrumbs env={env} chains={record.chains} />
    </Layout>
  );
}
