// The /search page on the shared layout (header, language switch, pages.css): a form, facet links
// with counts, results linking to each record's IRI, paging. JSX escapes every value, so a query
// holding markup is shown as text.
import type { FC } from 'hono/jsx';
import { FACETS, type FacetFilters, type FacetName } from '../../search/search-index.ts';
import type { FacetEntry, SearchResponse, SearchResult } from '../search-response.ts';
import { Pager } from './components.tsx';
import type { Strings } from './i18n.ts';
import { Layout } from './layout.tsx';
import { selfWith, type PageEnv, type QueryValue } from './page-env.ts';

/** Facet values shown on the page per facet (the JSON lists more). */
const SHOWN = 12;

export interface SearchPageInput {
  readonly response: SearchResponse;
  /** Where a record's IRI points on this server (its /id/… path, which dereferences to its page). */
  readonly href: (iri: string) => string;
  /** The frame: `self` is /search and `keep` this search's parameters (see `searchKeep`). */
  readonly env: PageEnv;
}

/**
 * A search's parameters as the page's `keep`: the language switch, the pager and the facet links
 * change one of them and keep the rest. `lang` only when the reader chose it.
 */
export function searchKeep(
  q: string,
  filters: FacetFilters,
  lang: string | undefined,
  page: number,
): Record<string, QueryValue> {
  const keep: Record<string, QueryValue> = {};
  if (q) keep['q'] = q;
  for (const facet of FACETS) if (filters[facet]?.length) keep[facet] = filters[facet];
  if (lang) keep['lang'] = lang;
  if (page > 1) keep['page'] = String(page);
  return keep;
}

function facetTitle(t: Strings, facet: FacetName): string {
  const titles: Record<FacetName, string> = {
    kind: t.kind,
    department: t.department,
    year: t.year,
    classification: t.classification,
    grade: t.grade,
  };
  return titles[facet];
}

function toggled(filters: FacetFilters, facet: FacetName, value: string): string[] {
  const current = filters[facet] ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

const Facet: FC<{
  env: PageEnv;
  r: SearchResponse;
  facet: FacetName;
  entries: readonly FacetEntry[];
}> = ({ env, r, facet, entries }) => {
  const { t } = env;
  const shown = entries.filter((e, i) => i < SHOWN || e.selected);
  if (shown.length === 0) return null;
  return (
    <section>
      <h2>{facetTitle(t, facet)}</h2>
      <ul>
        {shown.map((e) => (
          <li class={e.selected ? 'selected' : undefined}>
            {/* A changed filter starts again at page 1. */}
            <a
              href={selfWith(env, { [facet]: toggled(r.filters, facet, e.value), page: undefined })}
              aria-current={e.selected ? 'true' : undefined}
              title={e.selected ? t.removeFilter : undefined}
            >
              {e.selected ? '✓ ' : ''}
              {e.label}
            </a>{' '}
            <span class="meta">({e.count})</span>
          </li>
        ))}
      </ul>
    </section>
  );
};

const Result: FC<{ result: SearchResult; t: Strings; href: (iri: string) => string }> = ({
  result,
  t,
  href,
}) => (
  <li>
    <a href={href(result.iri)}>{result.title ?? t.untitled}</a>
    <div class="meta">
      <span class="badge">{result.kindLabel}</span>
      {result.gradeLabel ? <span class="badge">{result.gradeLabel}</span> : null}
      {result.withheld ? <span class="badge">{t.withheld}</span> : null}
      {[result.date?.slice(0, 10), result.department].filter(Boolean).join(' · ')}
    </div>
  </li>
);

export const SearchPage: FC<SearchPageInput> = ({ response: r, href, env }) => {
  const { t } = env;
  return (
    <Layout env={env} title={r.query ? `${r.query} — ${t.search}` : t.search}>
      <h1>{t.search}</h1>
      <form class="search" method="get" action={env.self} role="search">
        <label for="q" class="hint">
          {t.searchLabel}
        </label>
        <input id="q" name="q" type="search" value={r.query} maxlength={200} />
        {typeof env.keep['lang'] === 'string' ? (
          <input type="hidden" name="lang" value={env.keep['lang']} />
        ) : null}
        <button type="submit">{t.search}</button>
      </form>
      <p class="hint">{t.searchHint}</p>
      <div class="search-columns">
        <nav class="facets" aria-label={t.searchFacets}>
          {FACETS.map((f) => (
            <Facet env={env} r={r} facet={f} entries={r.facets[f]} />
          ))}
        </nav>
        <section>
          <p role="status">{t.searchResults(r.total, r.query)}</p>
          {r.results.length === 0 ? (
            <p>{t.noResults}</p>
          ) : (
            <ol class="results">
              {r.results.map((result) => (
                <Result result={result} t={t} href={href} />
              ))}
            </ol>
          )}
          <Pager env={env} paging={{ page: r.page, size: r.pageSize, total: r.total }} />
        </section>
      </div>
    </Layout>
  );
};

export async function renderSearchPage(input: SearchPageInput): Promise<string> {
  return String(await (<SearchPage {...input} />));
}
