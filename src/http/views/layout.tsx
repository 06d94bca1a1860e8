// The frame of every page: language, landmarks (header, nav, main, footer), the site name, the
// language switch, links to search and the SPARQL query UI, and the embedded JSON-LD data block.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { PageEnv } from './page-env.ts';
import { selfWith } from './page-env.ts';

export interface LayoutProps {
  readonly env: PageEnv;
  readonly title: string;
  /** The resource's JSON-LD, embedded as a data block (not a script the CSP would run). */
  readonly jsonLd?: string | undefined;
  readonly children?: Child;
}

/** JSON inside <script>: `<` written as \u003c so no `</script>` or `<!--` can end the block. */
export function scriptSafeJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function Layout({ env, title, jsonLd, children }: LayoutProps) {
  const { t } = env;
  const other = env.lang === 'ko' ? 'en' : 'ko';
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={env.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} — ${t.siteName}`}</title>
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href={env.stylesheet} />
          <link rel="alternate" hreflang={other} href={selfWith(env, { lang: other })} />
          {jsonLd === undefined ? null : (
            <script type="application/ld+json">{raw(scriptSafeJson(jsonLd))}</script>
          )}
        </head>
        <body>
          <a class="skip" href="#main">
            {t.skip}
          </a>
          <header class="site">
            <p class="brand">
              <a href={`${env.root}search`}>{t.siteName}</a> <span>{t.siteTagline}</span>
            </p>
            <nav aria-label={t.siteName}>
              <ul>
                <li>
                  <a href={`${env.root}search`}>{t.search}</a>
                </li>
                <li>
                  <a href={`${env.root}sparql`}>{t.query}</a>
                </li>
                <li>
                  <a
                    href={selfWith(env, { lang: other })}
                    hreflang={other}
                    lang={other}
                    aria-label={t.switchLabel}
                  >
                    {t.switchTo}
                  </a>
                </li>
              </ul>
            </nav>
          </header>
          <main id="main">{children}</main>
          <footer class="site">
            <p>{t.footer}</p>
          </footer>
        </body>
      </html>
    </>
  );
}
