// Measures the detector on the labelled corpus: per-kind precision and recall, the traps, and
// the already-masked fragments.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src/policy/pii/detect.ts';
import type { PiiKind } from '../../../src/policy/pii/types.ts';
import { CORPUS } from './corpus.ts';
import { formatTable, ratio, scoreCorpus } from './scoring.ts';

/** Identifiers with a fixed shape: their recall must be near perfect. */
const STRUCTURED: readonly PiiKind[] = [
  'resident-registration-number',
  'foreigner-registration-number',
  'business-registration-number',
  'corporate-registration-number',
  'phone',
  'email',
  'card-number',
  'vehicle-plate',
];

const score = scoreCorpus(CORPUS);

describe('the PII corpus', () => {
  it('has at least 300 strings and covers every kind', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    const missing = [...score.kinds.values()].filter((s) => s.expected === 0).map((s) => s.kind);
    expect(missing).toEqual([]);
  });

  it('prints the per-kind precision and recall table', () => {
    console.log(`PII corpus: ${CORPUS.length} strings\n${formatTable(score)}`);
    if (score.misses.length > 0) console.log('misses:', score.misses);
    if (score.falseAlarms.length > 0) console.log('false alarms:', score.falseAlarms);
  });

  it.each(STRUCTURED)('recalls at least 98%% of %s', (kind) => {
    const s = score.kinds.get(kind);
    expect(s && ratio(s.recalled, s.expected)).toBeGreaterThanOrEqual(0.98);
  });

  it('recalls at least 98% of structured identifiers taken together', () => {
    const rows = STRUCTURED.flatMap((k) => score.kinds.get(k) ?? []);
    const recalled = rows.reduce((n, s) => n + s.recalled, 0);
    const expected = rows.reduce((n, s) => n + s.expected, 0);
    expect(ratio(recalled, expected)).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps overall precision at or above 95%', () => {
    const all = [...score.kinds.values()];
    const tp = all.reduce((n, s) => n + s.truePositives, 0);
    const found = all.reduce((n, s) => n + s.found, 0);
    expect(ratio(tp, found)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing at all in any trap string', () => {
    const traps = CORPUS.filter((e) => e.trap);
    expect(traps.length).toBeGreaterThanOrEqual(50);
    const hits = traps
      .map((e) => ({ text: e.text, findings: detectPii(e.text, e.context) }))
      .filter((h) => h.findings.length > 0);
    expect(hits).toEqual([]);
  });

  it('leaves already-masked fragments alone', () => {
    const masked = CORPUS.filter((e) => e.group === 'masked');
    const hits = masked.filter((e) => detectPii(e.text, e.context).length > 0).map((e) => e.text);
    expect(hits).toEqual([]);
  });

  it('keeps officials’ bylines public in an official field', () => {
    const bylines = CORPUS.filter((e) => e.group.startsWith('official'));
    const hits = bylines.filter((e) => detectPii(e.text, e.context).length > 0).map((e) => e.text);
    expect(hits).toEqual([]);
  });
});
