// The /search page: a form, facet links with counts, results linking to each record's IRI, paging.
// Server-rendered; JSX escapes every value, so a query holding markup is shown as text. Written
// self-contained (the shared page layout was not on main yet).
import type { FC } from 'hono/jsx';
import type { Lang } from '../../search/kinds.ts';
import { FACETS, type FacetFilters, type FacetName } from '../../search/search-index.ts';
import type { FacetEntry, SearchResponse, SearchResult } from '../search-response.ts';

const STRINGS = {
  ko: {
    title: '검색',
    site: 'Plaza 정보소통광장',
    label: '검색어',
    button: '검색',
    results: (n: number, q: string) => (q ? `‘${q}’ 검색 결과 ${n}건` : `전체 ${n}건`),
    none: '검색 결과가 없습니다.',
    withheldTitle: '(제목 비공개)',
    withheld: '비공개 기록',
    prev: '이전',
    next: '다음',
    pageOf: (p: number, n: number) => `${p} / ${n} 쪽`,
    remove: '선택 해제',
    switchTo: 'English',
    facets: {
      kind: '기록 종류',
      department: '부서',
      year: '연도',
      classification: '분류',
      grade: '공개 구분',
    },
    query: 'SPARQL 질의',
    hint: '낱말의 일부로도 찾습니다 (예: ‘예산’은 ‘예산안’, ‘예산집행’도 찾음). 문서번호로도 찾을 수 있습니다.',
  },
  en: {
    title: 'Search',
    site: 'Plaza — Seoul Information Communication Plaza',
    label: 'Search terms',
    button: 'Search',
    results: (n: number, q: string) => (q ? `${n} results for “${q}”` : `${n} records`),
    none: 'No results.',
    withheldTitle: '(title withheld)',
    withheld: 'withheld record',
    prev: 'Previous',
    next: 'Next',
    pageOf: (p: number, n: number) => `page ${p} of ${n}`,
    remove: 'remove',
    switchTo: '한국어',
    facets: {
      kind: 'Record kind',
      department: 'Department',
      year: 'Year',
      classification: 'Classification',
      grade: 'Disclosure',
    },
    query: 'SPARQL query',
    hint: 'Parts of words match too (‘예산’ finds ‘예산안’ and ‘예산집행’); document numbers work as well.',
  },
} as const;

/** Facet values shown on the page per facet (the JSON lists more). */
const SHOWN = 12;

const STYLE = `
body{font-family:system-ui,'Noto Sans KR',sans-serif;margin:0;color:#1b1b1b;line-height:1.5}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
header{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #ccc}
.layout{display:grid;grid-template-columns:16rem 1fr;gap:2rem}
@media (max-width:48rem){.layout{grid-template-columns:1fr}}
form.search{display:flex;gap:.5rem;margin:1rem 0}form.search input{flex:1;font-size:1rem;padding:.4rem}
nav.facets h2{font-size:1rem;margin:1rem 0 .25rem}nav.facets ul,ol.results{list-style:none;padding:0;margin:0}
nav.facets li{margin:.1rem 0}a{color:#0b4fa8}.selected{font-weight:bold}
ol.results li{border-bottom:1px solid #e4e4e4;padding:.6rem 0}.meta{color:#555;font-size:.9rem}
.badge{display:inline-block;border:1px solid #999;border-radius:.3rem;padding:0 .3rem;font-size:.8rem;margin-right:.3rem}
.pager{display:flex;gap:1rem;margin:1rem 0}.hint{color:#555;font-size:.9rem}`;

export interface SearchPageInput {
  readonly response: SearchResponse;
  /** Where a record's IRI points on this server (its /id/… path, which dereferences to its page). */
  readonly href: (iri: string) => string;
}

/** A /search URL for these parameters (page 1 unless given). */
export function searchHref(
  q: string,
  filters: FacetFilters,
  lang: Lang | undefined,
  page = 1,
): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const facet of FACETS) for (const v of filters[facet] ?? []) params.append(facet, v);
  if (lang) params.set('lang', lang);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

function toggled(filters: FacetFilters, facet: FacetName, value: string): FacetFilters {
  const current = filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}

const Facet: FC<{ r: SearchResponse; facet: FacetName; entries: readonly FacetEntry[] }> = ({
  r,
  facet,
  entries,
}) => {
  const t = STRINGS[r.lang];
  const shown = entries.filter((e, i) => i < SHOWN || e.selected);
  if (shown.length === 0) return null;
  return (
    <section>
      <h2>{t.facets[facet]}</h2>
      <ul>
        {shown.map((e) => (
          <li class={e.selected ? 'selected' : undefined}>
            <a
              href={searchHref(r.query, toggled(r.filters, facet, e.value), r.lang)}
              aria-current={e.selected ? 'true' : undefined}
              title={e.selected ? t.remove : undefined}
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

const Result: FC<{ result: SearchResult; lang: Lang; href: (iri: string) => string }> = ({
  result,
  lang,
  href,
}) => {
  const t = STRINGS[lang];
  return (
    <li>
      <a href={href(result.iri)}>{result.title ?? t.withheldTitle}</a>
      <div class="meta">
        <span class="badge">{result.kindLabel}</span>
        {result.gradeLabel ? <span class="badge">{result.gradeLabel}</span> : null}
        {result.withheld ? <span class="badge">{t.withheld}</span> : null}
        {[result.date?.slice(0, 10), result.department].filter(Boolean).join(' · ')}
      </div>
    </li>
  );
};

export const SearchPage: FC<SearchPageInput> = ({ response: r, href }) => {
  const t = STRINGS[r.lang];
  const pages = Math.max(1, Math.ceil(r.total / r.pageSize));
  const other: Lang = r.lang === 'ko' ? 'en' : 'ko';
  return (
    <html lang={r.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{r.query ? `${r.query} — ${t.title}` : t.title} · Plaza</title>
        {/* No icon of its own: without this the browser asks for /favicon.ico and logs its 404. */}
        <link rel="icon" href="data:," />
        {/* A constant of this file: raw text, not escaped (quotes in font names must stay quotes). */}
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <header>
          <p>
            <a href="/search">{t.site}</a>
          </p>
          <nav>
            <a href={searchHref(r.query, r.filters, other, r.page)} hreflang={other} lang={other}>
              {t.switchTo}
            </a>{' '}
            · <a href="/query">{t.query}</a>
          </nav>
        </header>
        <main>
          <h1>{t.title}</h1>
          <form class="search" method="get" action="/search" role="search">
            <label for="q" class="hint">
              {t.label}
            </label>
            <input id="q" name="q" type="search" value={r.query} maxlength={200} />
            {r.lang === 'ko' ? null : <input type="hidden" name="lang" value={r.lang} />}
            <button type="submit">{t.button}</button>
          </form>
          <p class="hint">{t.hint}</p>
          <div class="layout">
            <nav class="facets" aria-label={t.title}>
              {FACETS.map((f) => (
                <Facet r={r} facet={f} entries={r.facets[f]} />
              ))}
            </nav>
            <section>
              <p role="status">{t.results(r.total, r.query)}</p>
              {r.results.length === 0 ? (
                <p>{t.none}</p>
              ) : (
                <ol class="results">
                  {r.results.map((result) => (
                    <Result result={result} lang={r.lang} href={href} />
                  ))}
                </ol>
              )}
              <nav class="pager" aria-label={t.pageOf(r.page, pages)}>
                {r.page > 1 ? (
                  <a href={searchHref(r.query, r.filters, r.lang, r.page - 1)} rel="prev">
                    {t.prev}
                  </a>
                ) : null}
                <span>{t.pageOf(Math.min(r.page, pages), pages)}</span>
                {r.page < pages ? (
                  <a href={searchHref(r.query, r.filters, r.lang, r.page + 1)} rel="next">
                    {t.next}
                  </a>
                ) : null}
              </nav>
            </section>
          </div>
        </main>
      </body>
    </html>
  );
};

export async function renderSearchPage(input: SearchPageInput): Promise<string> {
  const html = await (<SearchPage {...input} />);
  return `<!doctype html>${html}`;
}
