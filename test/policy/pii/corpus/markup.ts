// Corpus entries are written with inline labels, `⟦kind:fragment⟧`; this turns them into
// `{ text, context, expect: [{ kind, fragment }] }`.
import type { PiiContext, PiiKind } from '../../../../src/policy/pii/types.ts';

export interface Expected {
  readonly kind: PiiKind;
  readonly fragment: string;
}

export interface CorpusEntry {
  readonly group: string;
  readonly text: string;
  readonly context?: PiiContext;
  readonly expect: readonly Expected[];
  /** A trap: must produce no finding at all. */
  readonly trap?: boolean;
}

const KINDS: Readonly<Record<string, PiiKind>> = {
  rrn: 'resident-registration-number',
  frn: 'foreigner-registration-number',
  brn: 'business-registration-number',
  crn: 'corporate-registration-number',
  tel: 'phone',
  mail: 'email',
  card: 'card-number',
  acct: 'bank-account',
  pass: 'passport',
  lic: 'driver-licence',
  plate: 'vehicle-plate',
  street: 'street-address',
  lot: 'lot-address',
  name: 'person-name',
};

const LABEL = /⟦([a-z]+):([^⟧]*)⟧/g;

export function entry(group: string, markup: string, context?: PiiContext): CorpusEntry {
  const expect: Expected[] = [];
  const text = markup.replace(LABEL, (_m, code: string, fragment: string) => {
    const kind = KINDS[code];
    if (!kind) throw new Error(`unknown corpus label ${code} in ${markup}`);
    expect.push({ kind, fragment });
    return fragment;
  });
  return context ? { group, text, context, expect } : { group, text, expect };
}

export function trap(group: string, text: string, context?: PiiContext): CorpusEntry {
  return context
    ? { group, text, context, expect: [], trap: true }
    : { group, text, expect: [], trap: true };
}

/** Entries of one group and one field. */
export function section(
  group: string,
  context: PiiContext | undefined,
  lines: readonly string[],
): CorpusEntry[] {
  return lines.map((line) => entry(group, line, context));
}
