// Headless Debian Chromium for the browser suites: launching it (or saying why it cannot be), a
// watch on one page for console errors, uncaught exceptions, failed and foreign requests, and
// axe-core over the page as it stands.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser suites cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `no Chromium at ${CHROMIUM} (Debian: apt-get install chromium)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
}

export interface PageWatch {
  /** Console errors and warnings, uncaught exceptions, failed requests since the last take(). */
  take(): { problems: string[]; foreign: string[] };
  /** The next main-document response of this status is expected (an error page): its console line is not a problem. */
  expectStatus(status: number): void;
}

export function watchPage(page: Page, origin: string): PageWatch {
  let problems: string[] = [];
  let foreign: string[] = [];
  let expected: number | undefined;
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    // Chromium logs an error page's own status as "Failed to load resource"; the test asked for it.
    const own = m.location().url === page.url();
    if (own && expected !== undefined && m.text().includes(`status of ${expected} `)) return;
    problems.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(r.url());
  });
  return {
    take() {
      const taken = { problems, foreign };
      problems = [];
      foreign = [];
      expected = undefined;
      return taken;
    },
    expectStatus(status) {
      expected = status;
    },
  };
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
}

/**
 * The serious and critical axe violations of the page as it stands, one readable line each.
 * axe goes in through page.evaluate (the DevTools protocol), which the page's CSP
 * (`script-src 'self'`) does not govern: addScriptTag would add an inline <script> the CSP blocks,
 * and bypassCSP would test the pages under a policy they are not served with.
 */
export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<AxeResults>(
    `axe.run(document, { resultTypes: ['violations'] })`,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const targets = v.nodes.slice(0, 5).map((n) => n.target.join(' '));
      const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : '';
      return `${label}: ${v.id} [${v.impact}] ${v.help} — ${targets.join(' | ')}${more}`;
    });
}
