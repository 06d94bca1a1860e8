// The shape every page kind follows: load what the page shows (naming the IRIs it needs labels
// for), fetch the labels in one query, and render — or say that the page number is past the end.
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { Labels, PageReader } from '../pages/page-reader.ts';
import { lastPage } from './components.tsx';
import type { PageEnv } from './page-env.ts';

export interface RenderInput {
  readonly reader: PageReader;
  readonly iri: string;
  readonly types: ReadonlySet<string>;
  /** The 1-based page of the page's main inverse list. */
  readonly page: number;
  readonly env: (labels: Labels) => PageEnv;
  readonly jsonLd?: string | undefined;
}

export type Rendered =
  | { readonly kind: 'page'; readonly html: JSX.Element }
  | { readonly kind: 'out-of-range'; readonly last: number };

export type PageKind = (input: RenderInput) => Promise<Rendered>;

/** The main list's page is past its end (page 1 of an empty list is fine). */
export function outOfRange(page: number, total: number, size: number): Rendered | undefined {
  const last = lastPage({ total, size });
  return page > last ? { kind: 'out-of-range', last } : undefined;
}
