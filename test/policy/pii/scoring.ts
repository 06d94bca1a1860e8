// Scores the detector against the corpus: per-kind precision and recall, misses and false alarms.
import { detectPii } from '../../../src/policy/pii/detect.ts';
import { PII_KINDS, type PiiFinding, type PiiKind } from '../../../src/policy/pii/types.ts';
import type { CorpusEntry } from './corpus.ts';

export interface KindScore {
  kind: PiiKind;
  expected: number;
  found: number;
  recalled: number;
  truePositives: number;
}

export interface Miss {
  readonly text: string;
  readonly kind: PiiKind;
  readonly fragment: string;
}

export interface FalseAlarm {
  readonly text: string;
  readonly kind: PiiKind;
  readonly span: string;
  readonly rule: string;
}

export interface Score {
  readonly kinds: Map<PiiKind, KindScore>;
  readonly misses: Miss[];
  readonly falseAlarms: FalseAlarm[];
}

function spanOf(text: string, fragment: string): [number, number] {
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`fragment ${fragment} not in ${text}`);
  return [at, at + fragment.length];
}

/** A finding recalls an expectation when it is of the same kind and covers the whole fragment. */
export function scoreCorpus(corpus: readonly CorpusEntry[]): Score {
  const kinds = new Map<PiiKind, KindScore>(
    PII_KINDS.map((kind) => [kind, { kind, expected: 0, found: 0, recalled: 0, truePositives: 0 }]),
  );
  const misses: Miss[] = [];
  const falseAlarms: FalseAlarm[] = [];
  for (const e of corpus) {
    const findings: PiiFinding[] = detectPii(e.text, e.context);
    const expected = e.expect.map((x) => ({ ...x, span: spanOf(e.text, x.fragment) }));
    for (const x of expected) {
      const s = kinds.get(x.kind);
      if (!s) continue;
      s.expected++;
      const covered = findings.some(
        (f) => f.kind === x.kind && f.start <= x.span[0] && f.end >= x.span[1],
      );
      if (covered) s.recalled++;
      else misses.push({ text: e.text, kind: x.kind, fragment: x.fragment });
    }
    for (const f of findings) {
      const s = kinds.get(f.kind);
      if (!s) continue;
      s.found++;
      const matches = expected.some(
        (x) => x.kind === f.kind && f.start < x.span[1] && x.span[0] < f.end,
      );
      if (matches) s.truePositives++;
      else {
        falseAlarms.push({
          text: e.text,
          kind: f.kind,
          span: e.text.slice(f.start, f.end),
          rule: f.rule,
        });
      }
    }
  }
  return { kinds, misses, falseAlarms };
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** The table the corpus test prints. */
export function formatTable(score: Score): string {
  const rows = [...score.kinds.values()].map((s) =>
    [
      s.kind.padEnd(32),
      String(s.expected).padStart(8),
      String(s.found).padStart(6),
      ratio(s.truePositives, s.found).toFixed(3).padStart(10),
      ratio(s.recalled, s.expected).toFixed(3).padStart(7),
    ].join(''),
  );
  const all = [...score.kinds.values()];
  const tp = all.reduce((n, s) => n + s.truePositives, 0);
  const found = all.reduce((n, s) => n + s.found, 0);
  const recalled = all.reduce((n, s) => n + s.recalled, 0);
  const expected = all.reduce((n, s) => n + s.expected, 0);
  const total = [
    'all'.padEnd(32),
    String(expected).padStart(8),
    String(found).padStart(6),
    ratio(tp, found).toFixed(3).padStart(10),
    ratio(recalled, expected).toFixed(3).padStart(7),
  ].join('');
  const head = [
    'kind'.padEnd(32),
    'expected'.padStart(8),
    'found'.padStart(6),
    'precision'.padStart(10),
    'recall'.padStart(7),
  ].join('');
  return [head, ...rows, total].join('\n');
}
