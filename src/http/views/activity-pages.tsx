// Pages of meetings (agenda, decisions, attendees), minutes (speaker turns), budget lines (amounts,
// the item's phases, the expenses spending it), work processes (steps in order, with who handles
// them) and expense reports (their lines) — each on the shared record layout.
import { plaza } from '../../vocab/namespaces.ts';
import {
  agendaOf,
  expenseLinesOf,
  peopleOf,
  phasesOf,
  stepsOf,
  type MaybeWithheld,
} from '../pages/activity-lists.ts';
import { recordsPointingTo } from '../pages/inverse-lists.ts';
import { PAGE_SIZE, phaseRank } from '../pages/policy-context.ts';
import { loadRecord } from '../pages/record-loader.ts';
import { BarChart } from './budget-chart.tsx';
import { Pager, Section, TermLink, WithheldNote, predicateLabel } from './components.tsx';
import { RecordsSection } from './directory-pages.tsx';
import { formatAmount, labelOf } from './i18n.ts';
import { outOfRange, type PageKind } from './page-kinds.ts';
import { nameOf, type PageEnv } from './page-env.ts';
import { RecordPage } from './record-page.tsx';

function Maybe({ env, value }: { env: PageEnv; value: MaybeWithheld }) {
  if (!value) return <span>—</span>;
  if ('withheld' in value) return <WithheldNote env={env} withheld={value.withheld} />;
  return <span lang={value.text.language || undefined}>{value.text.value}</span>;
}

/** `label: link, link, …` under an agenda item; nothing when there are no links. */
function LinkLine({ env, label, iris }: { env: PageEnv; label: string; iris: readonly string[] }) {
  if (iris.length === 0) return null;
  return (
    <p class="basis">
      {label}:{' '}
      {iris.map((iri, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <TermLink env={env} iri={iri} />
        </>
      ))}
    </p>
  );
}

const hideOf = (...names: string[]): Set<string> => new Set(names.map((n) => plaza(n).value));

export const meetingPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, agenda, attendees] = await Promise.all([
    loadRecord(reader, iri, need),
    agendaOf(reader, iri, need),
    peopleOf(reader, iri, 'attendees', 1, need),
  ]);
  const beyond = outOfRange(page, 0, PAGE_SIZE);
  if (beyond) return beyond;
  const e = env(await reader.labels(need));
  const { t } = e;
  return {
    kind: 'page',
    html: (
      <RecordPage env={e} record={record} jsonLd={jsonLd} hide={hideOf('agendaItem', 'attendee')}>
        <Section id="agenda" title={t.agenda}>
          {agenda.length === 0 ? (
            <p>{t.closedMeeting}</p>
          ) : (
            <ol class="agenda">
              {agenda.map((a) => (
                <li value={a.position}>
                  <TermLink env={e} iri={a.item} />
                  {a.outcome ? (
                    <>
                      {' — '}
                      <strong>{nameOf(e, a.outcome)}</strong>
                    </>
                  ) : null}
                  {a.votes ? <span class="votes"> ({t.votes(...a.votes)})</span> : null}
                  {a.conditions ? (
                    <p>
                      <Maybe env={e} value={a.conditions} />
                    </p>
                  ) : null}
                  <LinkLine env={e} label={t.policyContext} iris={a.contexts} />
                  <LinkLine env={e} label={t.relatedDocuments} iris={a.related} />
                </li>
              ))}
            </ol>
          )}
        </Section>
        {attendees.items.length > 0 ? (
          <Section id="attendees" title={t.attendees}>
            <table>
              <caption>{t.attendees}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.role}</th>
                  <th scope="col">{t.name}</th>
                </tr>
              </thead>
              <tbody>
                {attendees.items.map((p) => (
                  <tr>
                    <td>{p.role ? nameOf(e, p.role) : '—'}</td>
                    <td>
                      <Maybe env={e} value={p.name} />
                      {p.office ? ` (${p.office})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        ) : null}
      </RecordPage>
    ),
  };
};

export const minutesPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, turns] = await Promise.all([
    loadRecord(reader, iri, need),
    peopleOf(reader, iri, 'turns', page, need),
  ]);
  const beyond = outOfRange(page, turns.total, PAGE_SIZE);
  if (beyond) return beyond;
  const e = env(await reader.labels(need));
  return {
    kind: 'page',
    html: (
      <RecordPage env={e} record={record} jsonLd={jsonLd} hide={hideOf('speakerTurn')}>
        <Section id="turns" title={e.t.speakerTurns}>
          <ol class="turns">
            {turns.items.map((p) => (
              <li value={p.position}>
                <strong>
                  {p.role ? nameOf(e, p.role) : ''} <Maybe env={e} value={p.name} />
                </strong>
                {p.utterance ? (
                  <p>
                    <Maybe env={e} value={p.utterance} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          <Pager env={e} paging={{ page, size: PAGE_SIZE, total: turns.total }} />
        </Section>
      </RecordPage>
    ),
  };
};

const MEASURES = [
  'currentBudgetAmount',
  'budgetAmount',
  'nationalShare',
  'cityShare',
  'districtShare',
  'otherShare',
  'executedAmount',
];

export const budgetLinePage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, phases, expenses] = await Promise.all([
    loadRecord(reader, iri, need),
    phasesOf(reader, iri, need),
    recordsPointingTo(reader, plaza('executesBudgetLine'), iri, page, need),
  ]);
  const beyond = outOfRange(page, expenses.total, PAGE_SIZE);
  if (beyond) return beyond;
  const e = env(await reader.labels(need));
  const { t } = e;
  const measures = MEASURES.map((m) => plaza(m).value)
    .map((p) => [p, record.facts.find((f) => f.predicate === p)?.object.value] as const)
    .filter((m): m is readonly [string, string] => m[1] !== undefined);
  const sorted = [...phases].sort((a, b) => phaseRank(a.phase) - phaseRank(b.phase));
  return {
    kind: 'page',
    html: (
      <RecordPage env={e} record={record} jsonLd={jsonLd} hide={hideOf(...MEASURES)}>
        <Section id="amounts" title={t.amounts}>
          <table class="numbers">
            <caption>{t.amounts}</caption>
            <tbody>
              {measures.map(([p, value]) => (
                <tr>
                  <th scope="row">{predicateLabel(e, p)}</th>
                  <td class="num">{t.won(formatAmount(value, e.lang))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        {sorted.length > 1 ? (
          <Section id="phases" title={t.otherPhases}>
            <ul>
              {sorted.map((p) => (
                <li>
                  <TermLink env={e} iri={p.line} text={nameOf(e, p.phase)} />:{' '}
                  {t.won(formatAmount(p.current, e.lang))}
                </li>
              ))}
            </ul>
            <BarChart
              id="phase-chart"
              lang={e.lang}
              title={t.budgetChart}
              bars={sorted.map((p) => ({ label: nameOf(e, p.phase), value: Number(p.current) }))}
            />
          </Section>
        ) : null}
        <RecordsSection
          env={e}
          id="expenses"
          title={t.executingExpenses}
          list={expenses}
          page={page}
        />
      </RecordPage>
    ),
  };
};

export const processPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, steps] = await Promise.all([
    loadRecord(reader, iri, need),
    stepsOf(reader, iri, need),
  ]);
  const beyond = outOfRange(page, 0, PAGE_SIZE);
  if (beyond) return beyond;
  const e = env(await reader.labels(need));
  return {
    kind: 'page',
    html: (
      <RecordPage env={e} record={record} jsonLd={jsonLd}>
        <Section id="steps" title={e.t.steps}>
          <ol class="steps">
            {steps.map((s) => (
              <li value={s.n}>
                {labelOf(e.labels, s.step, e.lang) ?? s.step}
                {s.lane ? (
                  <span class="lane">
                    {' — '}
                    {e.t.lane}:{' '}
                    {s.unit ? (
                      <TermLink env={e} iri={s.unit} text={nameOf(e, s.lane)} />
                    ) : (
                      nameOf(e, s.lane)
                    )}
                  </span>
                ) : null}
                {s.produces.length > 0 ? (
                  <span class="basis"> → {s.produces.map((d) => nameOf(e, d)).join(', ')}</span>
                ) : null}
              </li>
            ))}
          </ol>
        </Section>
      </RecordPage>
    ),
  };
};

export const expenseReportPage: PageKind = async ({ reader, iri, page, env, jsonLd }) => {
  const need = new Set<string>();
  const [record, lines] = await Promise.all([
    loadRecord(reader, iri, need),
    expenseLinesOf(reader, iri, page, need),
  ]);
  const beyond = outOfRange(page, lines.total, PAGE_SIZE);
  if (beyond) return beyond;
  const e = env(await reader.labels(need));
  const { t } = e;
  return {
    kind: 'page',
    html: (
      <RecordPage env={e} record={record} jsonLd={jsonLd}>
        <Section id="lines" title={t.expenseLines}>
          <table>
            <caption>{t.expenseLines}</caption>
            <thead>
              <tr>
                <th scope="col">{t.date}</th>
                <th scope="col">{t.amount}</th>
                <th scope="col">{predicateLabel(e, plaza('purpose').value)}</th>
              </tr>
            </thead>
            <tbody>
              {lines.items.map((l) => (
                <tr>
                  <td>
                    <TermLink
                      env={e}
                      iri={l.line}
                      text={l.at?.slice(0, 16).replace('T', ' ') ?? '—'}
                    />
                  </td>
                  <td class="num">{l.amount ? t.won(formatAmount(l.amount, e.lang)) : '—'}</td>
                  <td>
                    <Maybe env={e} value={l.purpose} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager env={e} paging={{ page, size: PAGE_SIZE, total: lines.total }} />
        </Section>
      </RecordPage>
    ),
  };
};
