// Pieces the pages share: links to resources, values (withheld ones as their placeholder note),
// the facts list, the disclosure box, classification breadcrumbs, policy context, the pager.
import type * as RDF from '@rdfjs/types';
import type { Child } from 'hono/jsx';
import type { Fact, Withheld } from '../pages/page-reader.ts';
import type { ContextLink, Decision, Provenance } from '../pages/record-loader.ts';
import { labelOf } from './i18n.ts';
import { hrefOf, nameOf, selfWith, type PageEnv } from './page-env.ts';
import { predicateName } from './predicate-labels.ts';

const XSD_BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';

export function TermLink({
  env,
  iri,
  text,
}: {
  env: PageEnv;
  iri: string;
  text?: string | undefined;
}) {
  const href = hrefOf(env, iri);
  const name = text ?? nameOf(env, iri);
  return href ? <a href={href}>{name}</a> : <span>{name}</span>;
}

/** The brief's wording: 비공개 (근거: …, 공개 예정 …). */
export function withheldText(env: PageEnv, w: Pick<Withheld, 'grounds' | 'release'>): string {
  const grounds = w.grounds.map((g) => nameOf(env, g)).join(', ');
  return env.t.withheldNote(grounds || '—', w.release);
}

export function WithheldNote({ env, withheld }: { env: PageEnv; withheld: Withheld }) {
  return <span class="withheld">{withheldText(env, withheld)}</span>;
}

export function Value({
  env,
  term,
  withheld,
}: {
  env: PageEnv;
  term: RDF.Term;
  withheld?: Withheld | undefined;
}) {
  if (withheld) return <WithheldNote env={env} withheld={withheld} />;
  if (term.termType === 'NamedNode') return <TermLink env={env} iri={term.value} />;
  if (term.termType === 'Literal') {
    if (term.datatype.value === XSD_BOOLEAN)
      return <span>{term.value === 'true' ? env.t.yes : env.t.no}</span>;
    return term.language ? (
      <span lang={term.language}>{term.value}</span>
    ) : (
      <span>{term.value}</span>
    );
  }
  return <span>{term.value}</span>;
}

export function predicateLabel(env: PageEnv, iri: string): string {
  return predicateName(iri, env.lang) ?? labelOf(env.labels, iri, env.lang) ?? nameOf(env, iri);
}

/** A definition list of the statements not shown elsewhere on the page, one term per property. */
export function FactsList({
  env,
  facts,
  hide,
}: {
  env: PageEnv;
  facts: readonly Fact[];
  hide: ReadonlySet<string>;
}) {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (hide.has(fact.predicate)) continue;
    const list = groups.get(fact.predicate) ?? [];
    list.push(fact);
    groups.set(fact.predicate, list);
  }
  if (groups.size === 0) return null;
  return (
    <dl class="facts">
      {[...groups].map(([predicate, list]) => (
        <>
          <dt>{predicateLabel(env, predicate)}</dt>
          {list.map((f) => (
            <dd>
              <Value env={env} term={f.object} withheld={f.withheld} />
            </dd>
          ))}
        </>
      ))}
    </dl>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children?: Child }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function DisclosureBox({
  env,
  decision,
  parts,
}: {
  env: PageEnv;
  decision?: Decision | undefined;
  parts: readonly Withheld[];
}) {
  const { t } = env;
  if (!decision && parts.length === 0) return null;
  return (
    <Section id="disclosure" title={t.disclosure}>
      {decision ? (
        <dl class="facts">
          {decision.status ? (
            <>
              <dt>{t.grade}</dt>
              <dd>
                <TermLink env={env} iri={decision.status} />
              </dd>
            </>
          ) : null}
          {decision.grounds.length > 0 ? (
            <>
              <dt>{t.legalGround}</dt>
              {decision.grounds.map((g) => (
                <dd>
                  <TermLink env={env} iri={g} />
                </dd>
              ))}
            </>
          ) : null}
          {decision.release ? (
            <>
              <dt>{t.scheduledRelease}</dt>
              <dd>
                <time datetime={decision.release}>{decision.release}</time>
              </dd>
            </>
          ) : null}
          {decision.rule ? (
            <>
              <dt>{t.releaseRule}</dt>
              <dd>
                <TermLink env={env} iri={decision.rule} />
              </dd>
            </>
          ) : null}
          {decision.releasedOn ? (
            <>
              <dt>{t.releasedOn}</dt>
              <dd>{decision.releasedOn}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {parts.length > 0 ? (
        <>
          <h3>{t.withheldParts}</h3>
          <ul class="withheld-parts">
            {parts.map((w) => (
              <li>
                {w.property ? predicateLabel(env, w.property) : t.withheldContent}:{' '}
                <WithheldNote env={env} withheld={w} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

/** A chain of links (broadest first) as a named navigation landmark; nothing for an empty chain. */
export function ChainNav({
  env,
  chain,
  label,
  children,
}: {
  env: PageEnv;
  chain: readonly string[];
  label: string;
  children?: Child;
}) {
  if (chain.length === 0) return null;
  return (
    <nav class="breadcrumb" aria-label={label}>
      <ol>
        {chain.map((c) => (
          <li>
            <TermLink env={env} iri={c} />
          </li>
        ))}
      </ol>
      {children}
    </nav>
  );
}

export function Breadcrumbs({
  env,
  chains,
}: {
  env: PageEnv;
  chains: readonly (readonly string[])[];
}) {
  if (chains.length === 0) return null;
  return (
    <Section id="classification" title={env.t.classification}>
      {chains.map((chain) => (
        // Several chains are several navigation landmarks: each needs a name of its own.
        <ChainNav
          env={env}
          chain={chain}
          label={
            chains.length > 1
              ? `${env.t.classification}: ${nameOf(env, chain[chain.length - 1] ?? '')}`
              : env.t.classification
          }
        >
          <p class="same">
            <TermLink
              env={env}
              iri={chain[chain.length - 1] ?? ''}
              text={env.t.sameClassification}
            />
          </p>
        </ChainNav>
      ))}
    </Section>
  );
}

export function ContextList({ env, contexts }: { env: PageEnv; contexts: readonly ContextLink[] }) {
  return (
    <Section id="policy-context" title={env.t.policyContext}>
      {contexts.length === 0 ? (
        <p>{env.t.noPolicyContext}</p>
      ) : (
        <ul>
          {contexts.map((c) => (
            <li>
              <TermLink env={env} iri={c.target} />
              {c.basis ? (
                <span class="basis">
                  {' '}
                  ({env.t.basis}: {nameOf(env, c.basis)})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function ProvenanceNote({
  env,
  provenance,
  page,
}: {
  env: PageEnv;
  provenance?: Provenance | undefined;
  page?: string | undefined;
}) {
  if (!provenance && !page) return null;
  return (
    <Section id="provenance" title={env.t.provenance}>
      <dl class="facts">
        {provenance?.file ? (
          <>
            <dt>{env.t.sourceFile}</dt>
            <dd>
              <code>
                {provenance.file}
                {provenance.line ? `:${provenance.line}` : ''}
              </code>
              {provenance.mapping ? ` (${provenance.mapping})` : ''}
            </dd>
          </>
        ) : null}
        {page ? (
          <>
            <dt>{env.t.source}</dt>
            <dd>
              <a href={page} rel="external">
                {env.t.sourceLink}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </Section>
  );
}

export interface Paging {
  readonly page: number;
  readonly size: number;
  readonly total: number;
}

export function lastPage(p: Pick<Paging, 'size' | 'total'>): number {
  return Math.max(1, Math.ceil(p.total / p.size));
}

export function Pager({ env, paging }: { env: PageEnv; paging: Paging }) {
  const last = lastPage(paging);
  if (last <= 1) return null;
  const { page } = paging;
  return (
    <nav class="pager" aria-label={env.t.pager}>
      {page > 1 ? (
        <a href={selfWith(env, { page: String(page - 1) })} rel="prev">
          {env.t.previous}
        </a>
      ) : null}
      <span aria-current="page">{env.t.pageOf(page, last)}</span>
      {page < last ? (
        <a href={selfWith(env, { page: String(page + 1) })} rel="next">
          {env.t.next}
        </a>
      ) : null}
    </nav>
  );
}

export interface ListItem {
  readonly iri: string;
  readonly kind?: string | undefined;
  readonly date?: string | undefined;
  readonly note?: Child;
}

/** A table of records: date, kind, title (the untitled marker when the title is withheld). */
export function RecordTable({
  env,
  items,
  caption,
}: {
  env: PageEnv;
  items: readonly ListItem[];
  caption: string;
}) {
  const { t } = env;
  if (items.length === 0) return <p>{t.emptyPage}</p>;
  const withNotes = items.some((i) => i.note !== undefined);
  return (
    <table class="records">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.date}</th>
          <th scope="col">{t.kind}</th>
          <th scope="col">{t.title}</th>
          {withNotes ? <th scope="col">{t.via}</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr>
            <td>{item.date ? <time datetime={item.date}>{item.date}</time> : '—'}</td>
            <td>{item.kind ? nameOf(env, item.kind) : '—'}</td>
            <td>
              <TermLink
                env={env}
                iri={item.iri}
                text={labelOf(env.labels, item.iri, env.lang) ?? t.untitled}
              />
            </td>
            {withNotes ? <td>{item.note}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
