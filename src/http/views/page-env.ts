// What every view of a page needs: its language and words, the labels the loaders fetched, and
// where links go (page paths of this deployment, the current page for the language switch).
import type { Labels } from '../pages/page-reader.ts';
import { pagePath } from '../resource-path.ts';
import { STRINGS, labelOf, type Lang, type Strings } from './i18n.ts';

export interface PageEnv {
  readonly lang: Lang;
  readonly t: Strings;
  readonly base: string;
  /** The path routes start at (`/` unless the base IRI has a path). */
  readonly root: string;
  /** This page's path, without query. */
  readonly self: string;
  /** The query parameters this page keeps when the language changes (page=N; a search's q and facets). */
  readonly keep: Readonly<Record<string, QueryValue>>;
  readonly labels: Labels;
  readonly stylesheet: string;
}

/** A query parameter's value; a list is the parameter repeated (a search's facet values). */
export type QueryValue = string | readonly string[];

export function pageEnv(input: Omit<PageEnv, 't'>): PageEnv {
  return { ...input, t: STRINGS[input.lang] };
}

/** A link target for an IRI: its page here, else the IRI itself when it is a web address. */
export function hrefOf(env: PageEnv, iri: string): string | undefined {
  return pagePath(env.base, env.root, iri) ?? (/^https?:\/\//.test(iri) ? iri : undefined);
}

/** The label to show for an IRI: its RDF label, else the last segment of the IRI. */
export function nameOf(env: PageEnv, iri: string): string {
  return labelOf(env.labels, iri, env.lang) ?? localName(iri);
}

export function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
  return cut >= 0 && cut < iri.length - 1 ? iri.slice(cut + 1) : iri;
}

/** This page with other query parameters (the language, a page number) as a link target. */
export function selfWith(
  env: PageEnv,
  params: Readonly<Record<string, QueryValue | undefined>>,
): string {
  const merged = { ...env.keep, ...params };
  const query = Object.entries(merged)
    .flatMap(([k, v]): [string, string][] =>
      v === undefined ? [] : typeof v === 'string' ? [[k, v]] : v.map((x) => [k, x]),
    )
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return query ? `${env.self}?${query}` : env.self;
}
