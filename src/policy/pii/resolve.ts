// Settles findings that cover the same text: the more specific kind wins a span it contains.
import type { PiiFinding, PiiKind } from './types.ts';

/** Most specific first: a resident number is never also reported as a card or an account. */
const PRIORITY: readonly PiiKind[] = [
  'resident-registration-number',
  'foreigner-registration-number',
  'corporate-registration-number',
  'business-registration-number',
  'card-number',
  'driver-licence',
  'passport',
  'phone',
  'email',
  'bank-account',
  'vehicle-plate',
  'street-address',
  'lot-address',
  'person-name',
];
const RANK = new Map(PRIORITY.map((kind, i) => [kind, i]));

/** Whether `g` outranks `f`: more specific kind, then higher confidence, then longer span. */
function outranks(g: PiiFinding, f: PiiFinding): boolean {
  const byKind = (RANK.get(g.kind) ?? 99) - (RANK.get(f.kind) ?? 99);
  if (byKind !== 0) return byKind < 0;
  if (g.confidence !== f.confidence) return g.confidence === 'high';
  return g.end - g.start >= f.end - f.start;
}

/**
 * Drops a finding contained in one that outranks it. Partial overlaps are kept: masking merges
 * them, and dropping either would leave digits in the clear. A sweep over start offsets keeps this
 * linear in practice (only findings still open at a start are compared).
 */
export function resolveFindings(findings: readonly PiiFinding[]): PiiFinding[] {
  // Containers come before what they contain; on an identical span the higher-ranked comes first.
  const byStart = [...findings].sort(
    (a, b) => a.start - b.start || b.end - a.end || (outranks(a, b) ? -1 : 1),
  );
  const kept: PiiFinding[] = [];
  let open: PiiFinding[] = [];
  for (const f of byStart) {
    open = open.filter((g) => g.end > f.start);
    const contained = open.some((g) => g.start <= f.start && f.end <= g.end && outranks(g, f));
    open.push(f);
    if (!contained) kept.push(f);
  }
  return kept;
}
