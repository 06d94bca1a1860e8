// Writes data/README.md from the built samples, so the quirk map's positions are always exact.
import { COLUMNS } from '../columns.ts';
import type { SampleSet } from './build-samples.ts';
import { ORG_CHART_NOTES } from './org-notes.ts';
import { POLICY_LIST_NOTES } from './policy-notes.ts';
import { fileQuirks, locate, rowQuirks, type QuirkOccurrences } from './quirk-scan.ts';

const quirkTable = (rows: readonly QuirkOccurrences[]): string =>
  [
    '| quirk | count | where (first few) |',
    '|---|---:|---|',
    ...rows.map(
      (r) => `| ${r.quirk} | ${r.count} | ${r.examples.map((e) => `\`${e}\``).join(', ')} |`,
    ),
  ].join('\n');

/** Each research U/D row with where its nid was first inserted. */
function researchChanges(samples: SampleSet): string[] {
  const inserted = new Map<string, string>();
  const lines: string[] = [];
  for (const file of samples.files.filter((f) => f.kind === 'research_list')) {
    file.rows.forEach((row, i) => {
      const nid = row['nid'] ?? '';
      if (row['job_se'] === 'I') inserted.set(nid, locate(file, i));
      else
        lines.push(
          `| \`${locate(file, i)}\` | ${row['job_se']} | ${nid} | \`${inserted.get(nid) ?? '?'}\` |`,
        );
    });
  }
  return lines;
}

/** The BPMN work processes (SOURCES.md §7): which modeller dialect each file is written in. */
function workProcessSection(samples: SampleSet): string {
  const dialect = (text: string): string =>
    text.includes('xmlns:camunda=')
      ? 'Camunda Modeler (`bpmn:`, `camunda:` attributes)'
      : text.includes('<bpmn2:definitions')
        ? 'Signavio (`bpmn2:`, `signavio:` metadata)'
        : 'bpmn.io (default namespace)';
  const rows = samples.documents
    .filter((d) => d.path.startsWith('work_process/') && d.path.endsWith('.bpmn'))
    .map((d) => {
      const sidecar = samples.documents.some(
        (s) => s.path === d.path.replace(/\.bpmn$/, '.process.json'),
      );
      const id = /<(?:\w+:)?process id="([^"]+)"/.exec(d.text)?.[1] ?? '';
      return `| \`${d.path}\` | \`${id}\` | ${dialect(d.text)} | ${sidecar ? 'yes' : '**none** (reported unlinked)'} |`;
    });
  return `## Work processes (BPMN 2.0)

One file per process of the city spine (\`src/generate/city/processes.ts\`), lanes named after
departments of the chart; the sidecar \`<name>.process.json\` (schema:
\`mappings/schemas/work-process-sidecar.schema.json\`) links it to its initiative, legal basis,
function path and the documents each step produces.

| file | process | written as | sidecar |
|---|---|---|---|
${rows.join('\n')}

\`_bad/work_process_broken_flow.bpmn\` holds two processes: \`PROC-90\` is sound (ingested, unlinked),
\`PROC-91\`'s first sequence flow targets \`sid-MISSING-TASK\` (rejected, named by the flow id).
`;
}

export function renderReadme(samples: SampleSet): string {
  const exports = samples.files.filter(
    (file) => file.kind !== 'org_chart' && file.kind !== 'policy_list',
  );
  const totals = new Map<string, number>();
  for (const file of exports) {
    if (file.spec?.sameRowsAs !== undefined) continue;
    totals.set(file.kind, (totals.get(file.kind) ?? 0) + file.rows.length);
  }
  const reports = new Set(
    exports.filter((f) => f.kind === 'expense_list').flatMap((f) => f.rows.map((r) => r['nid'])),
  );
  const fileRows = exports.map(
    (f) => `| \`${f.path}\` | ${f.rows.length} | ${f.spec?.note ?? ''} |`,
  );
  const rejectRows = samples.bad.flatMap((b) =>
    b.rejects.map(
      (r) =>
        `| \`${b.name}${b.style.format === 'csv' ? ':' : '#'}${r.line}\` | ${r.field === '' ? '(row)' : `\`${r.field}\``} | ${r.reason} |`,
    ),
  );
  const noticeRows = samples.bad.flatMap((b) =>
    (b.notices ?? []).map((n) => `| \`${b.name}:${n.line}\` | \`${n.field}\` | ${n.message} |`),
  );
  return `# Sample exports

Realistic, **entirely invented** exports in the formats the City of Seoul's Information
Communication Plaza publishes (\`/work/shared/SOURCES.md\` §1–4), plus Plaza's organisation chart
(§9) and policy list (§8). Officials are written as position + invented name (\`행정주무관 박서연\`); every personal
detail in a title (names, plates, lot numbers, \`010-0xxx-xxxx\` phone numbers) is invented so the
redactor has work. **Generated** — do not edit by hand; change \`src/generate/samples/\` and run
\`npx tsx src/generate/samples/write-samples.ts\` (it rewrites every file here and this README).

Positions: \`file:N\` is the CSV line the row starts on (header = line 1; quoted line breaks make
later rows start lower); \`file#N\` is the N-th record (1-based) of a JSON array or XML \`<data>\`.

## Files

| file | rows | how it is written |
|---|---:|---|
${fileRows.join('\n')}
| \`org_chart/org_chart.csv\` | ${samples.files.find((f) => f.kind === 'org_chart')?.rows.length ?? 0} | Plaza's organisation chart: \`${COLUMNS.org_chart.join(',')}\` |

Distinct rows per kind (the overlap file not counted twice): ${[...totals].map(([k, n]) => `${k} ${n}`).join(' · ')}
· expense reports (distinct \`nid\`): ${reports.size}.

**Deliberate overlap:** \`info_list/20240101_20240107_info_list.json\` holds exactly the rows of
\`info_list/20240101_20240107_info_list.csv\` (the same week re-exported in another encoding).
Ingesting both must give the same records once (same \`package_id\`, same content), not duplicates.
No other record appears in two files.

${workProcessSection(samples)}
## Quirk map — per file

${quirkTable(fileQuirks(samples.files))}

## Quirk map — per row

${quirkTable(rowQuirks(samples.files))}

Every \`package_id\` is 15 digits and every non-empty \`regist_dt\` 14 digits: a careless
resident-number pattern matches them all. The overlap file is left out of the row counts above.

### research_list updates and deletions

Each \`U\` row re-publishes, and each \`D\` row withdraws, a report inserted in an earlier file
(a \`D\` row may leave every field but \`nid\` and \`job_se\` empty). After ingesting all three
files in date order, the withdrawn nids must be gone and the updated ones show the later title.

| position | job_se | nid | first inserted at |
|---|---|---|---|
${researchChanges(samples).join('\n')}

${ORG_CHART_NOTES}

${POLICY_LIST_NOTES}

## Bad files (\`_bad/\`)

One deliberately broken file per kind, **outside** the kind folders so \`npm start\` (which ingests
\`data/{kind}/\`) stays clean. Ingesting one must reject exactly these rows, with file, line and
field, and still ingest the good rows (${samples.bad.map((b) => `${b.name}: ${b.goodRows}`).join(' · ')}).

| position | field | expected reject |
|---|---|---|
${rejectRows.join('\n')}

The organisation chart is also checked as a whole (cycles, successors, parents): these rows of
\`_bad/org_chart.csv\` are ingested, and reported as notices.

| position | field | expected notice |
|---|---|---|
${noticeRows.join('\n')}
`;
}
