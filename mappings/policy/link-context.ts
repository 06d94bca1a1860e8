// Links a record to its policy context through the InitiativeDirectory: the attempts are tried in
// order and the first that resolves links; when none does, the record says why (plaza:linkIssue)
// and a notice names the fields, reasons and candidates. Nothing is guessed.
import { DataFactory, type NamedNode } from 'n3';
import type { LinkBasis } from '../../src/vocab/iri.ts';
import { plaza } from '../../src/vocab/namespaces.ts';
import type { GraphBuilder } from '../rdf/graph-builder.ts';
import type { InitiativeRef, InitiativeResolution } from './initiative-directory.ts';

/** One way to find the initiative: a directory look-up, or why it could not be made. */
export type LinkAttempt =
  | { readonly basis: LinkBasis; readonly field: string; readonly resolution: InitiativeResolution }
  | {
      readonly basis: LinkBasis;
      readonly field: string;
      /** Short, stable cause (grouped by the link report), e.g. `department not identified`. */
      readonly cannot: string;
      readonly reason: string;
    };

/** The stable cause of a failed attempt, for grouping: the same wording for the same cause. */
function cause(a: LinkAttempt): string {
  if ('cannot' in a) return `${a.basis}: ${a.cannot}`;
  const r = a.resolution;
  if (r.status === 'ambiguous') return `${a.basis}: ambiguous`;
  if (r.status === 'unresolved') return `${a.basis}: ${UNRESOLVED[a.basis]}`;
  return `${a.basis}: resolved`;
}

const UNRESOLVED: Readonly<Record<LinkBasis, string>> = {
  'explicit-id': 'no such initiative',
  'unit-task': 'no initiative of the department covers the unit task',
  'budget-code': 'no project has the budget code',
  'agenda-reference': 'no such initiative',
  'process-sidecar': 'no such initiative',
  department: 'the department owns no initiative in the period',
};

function detail(a: LinkAttempt): string {
  if ('cannot' in a) return `${a.field}: ${a.reason}`;
  const r = a.resolution;
  if (r.status === 'resolved') return `${a.field}: resolved`;
  const among =
    r.status === 'ambiguous' ? ` (candidates: ${r.candidates.map((c) => c.id).join(', ')})` : '';
  return `${a.field}: ${r.reason}${among}`;
}

/** What linking decided: an initiative and how it was found, or why there is none. */
export type LinkOutcome =
  | { readonly initiative: InitiativeRef; readonly basis: LinkBasis; readonly field: string }
  | { readonly issue: string };

/**
 * Links `subject` through the first attempt that resolves (a common-ancestor note is reported,
 * except for department links, which are common ancestors by nature),
 * else adds `plaza:linkIssue` "cause — details" and a notice per failed attempt.
 */
export function linkPolicyContext(
  g: GraphBuilder,
  attempts: readonly LinkAttempt[],
  subject: NamedNode = g.subject,
): LinkOutcome {
  for (const a of attempts) {
    if ('cannot' in a || a.resolution.status !== 'resolved') continue;
    const { initiative, note } = a.resolution;
    // A department stands for everything it owns: that its link goes to their common ancestor is
    // expected, and the link report shows it per basis. Anything more specific says so.
    if (note !== undefined && a.basis !== 'department')
      g.notice(a.field, `policy context: ${note}`);
    return applyLink(g, { initiative, basis: a.basis, field: a.field }, subject);
  }
  for (const a of attempts) g.notice(a.field, `policy context not linked: ${reasonOf(a)}`);
  return applyLink(g, { issue: issueOf(attempts) }, subject);
}

/** The `plaza:linkIssue` text for attempts none of which resolved: causes — details. */
export function issueOf(attempts: readonly LinkAttempt[]): string {
  const causes =
    attempts.length === 0 ? 'nothing to link by' : [...new Set(attempts.map(cause))].join('; ');
  const details = attempts.map(detail).join('; ');
  return details === '' ? causes : `${causes} — ${details}`;
}

/** Writes an outcome (the link, or the issue) for a subject, without notices. */
export function applyLink(
  g: GraphBuilder,
  outcome: LinkOutcome,
  subject: NamedNode = g.subject,
): LinkOutcome {
  if ('issue' in outcome) g.add(subject, plaza('linkIssue'), DataFactory.literal(outcome.issue));
  else {
    const { level, id } = outcome.initiative;
    g.policyContext(g.iri.initiative(level, id), outcome.basis, outcome.field, subject);
  }
  return outcome;
}

function reasonOf(a: LinkAttempt): string {
  return detail(a).slice(a.field.length + 2);
}

/** The cause part of a `plaza:linkIssue` value (what the link report groups by). */
export function linkIssueCause(issue: string): string {
  const at = issue.indexOf(' — ');
  return at < 0 ? issue : issue.slice(0, at);
}

/** Whether a notice is one of linking's (`policy context: …`, `policy context not linked: …`). */
export function isPolicyContextNotice(message: string): boolean {
  return message.startsWith('policy context');
}
