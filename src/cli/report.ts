// Human-readable and JSON reports of an ingest, for the terminal.
import type { IngestSummary } from '../pipeline/ingest.ts';
import type { PublicAudit } from '../pipeline/audit-public.ts';
import type { PublishReport } from '../pipeline/publish.ts';

const MAX_LISTED = 200;

export function formatIngestSummary(s: IngestSummary): string {
  const lines = [
    `accepted ${s.accepted} (new or changed), unchanged ${s.unchanged}, deleted ${s.deleted}, ` +
      `rejected ${s.rejects.length} rows, ${s.failures.length} unreadable files, ${s.quads} quads written`,
  ];
  for (const f of s.failures) lines.push(`error  ${f.file}: ${f.message}`);
  for (const r of s.rejects.slice(0, MAX_LISTED)) {
    lines.push(`reject ${r.file}:${r.line}${r.field ? ` ${r.field}` : ''}: ${r.reason}`);
  }
  if (s.rejects.length > MAX_LISTED)
    lines.push(`… and ${s.rejects.length - MAX_LISTED} more rejects (use --json for all)`);
  const byMessage = new Map<string, { count: number; first: string }>();
  for (const n of s.notices) {
    const key = `${n.field}: ${n.message}`;
    const seen = byMessage.get(key);
    if (seen) seen.count++;
    else byMessage.set(key, { count: 1, first: `${n.file}:${n.line}` });
  }
  for (const [message, { count, first }] of byMessage) {
    lines.push(`notice ${message} (${count}×, first at ${first})`);
  }
  return lines.join('\n');
}

export function formatPublishReport(p: PublishReport): string {
  const lines = [
    `published ${p.published} graphs to the public graph (${p.withheld} withheld records as stubs, ` +
      `${p.released} released, ${p.redactions} redactions), withdrew ${p.deleted}, blocked ${p.blocked.length}`,
  ];
  for (const b of p.blocked.slice(0, MAX_LISTED)) {
    const reasons = [
      ...new Set(b.violations.map((v) => `${v.predicate ?? ''} ${v.reason}`.trim())),
    ];
    lines.push(`blocked ${b.graph}: ${reasons.join('; ')}`);
  }
  return lines.join('\n');
}

export function ingestSummaryJson(s: IngestSummary, publication?: PublishReport): string {
  return JSON.stringify(
    {
      ...(publication ? { publication } : {}),
      accepted: s.accepted,
      unchanged: s.unchanged,
      deleted: s.deleted,
      quads: s.quads,
      rejects: s.rejects,
      failures: s.failures,
      notices: s.notices,
    },
    null,
    2,
  );
}

export function formatGateAudit(a: PublicAudit): string {
  if (a.violations.length === 0) {
    return `publication gate: ${a.graphs} public graphs pass (no personal data, no canary, stubs closed)`;
  }
  const lines = [
    `publication gate: ${a.violations.length} violations in ${a.graphs} public graphs`,
  ];
  for (const v of a.violations.slice(0, MAX_LISTED)) {
    lines.push(
      `${v.graph || '(shapes)'} ${v.subject}${v.predicate ? ` ${v.predicate}` : ''}: ${v.reason}`,
    );
  }
  return lines.join('\n');
}
