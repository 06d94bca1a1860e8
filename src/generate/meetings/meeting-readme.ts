// Writes data/meeting_minutes/README.md from the built samples, so every position it names is exact.
import type { MeetingSamples } from './meeting-samples.ts';

export function renderMeetingReadme(samples: MeetingSamples): string {
  const meetings = samples.files.flatMap((f) => f.meetings);
  const committees = new Map(meetings.map((m) => [m.committee.code, m.committee]));
  const fileRows = samples.files.map((f) => `| \`${f.path}\` | ${f.meetings.length} | ${f.note} |`);
  const committeeRows = [...committees.values()].map(
    (c) =>
      `| ${c.code} | ${c.name} | ${c.type} | ${c.department_code} | ${(c.policies ?? []).join(', ')} | ${meetings.filter((m) => m.committee.code === c.code).length} |`,
  );
  const closedRows = meetings
    .filter((m) => !m.open)
    .map(
      (m) =>
        `| ${m.meeting_id} | ${(m.closure?.legal_grounds ?? []).join(', ') || '(none: reported, recorded as not stated)'} | ${m.closure?.release_date ?? '(derived)'} |`,
    );
  const trapRows = samples.files.flatMap((f) =>
    f.traps.map((t) => `| \`${f.name}\` | ${t.meetingId} | turn ${t.position} | ${t.kind} |`),
  );
  const documents = meetings.flatMap((m) => m.agenda.flatMap((a) => a.related_documents ?? []));
  const bad = samples.bad;
  const rejectRows = bad.rejects.map(
    (r) =>
      `| \`${bad.name}#${r.line}\` | ${r.field === '' ? '(element)' : `\`${r.field}\``} | ${r.reason} |`,
  );
  const noticeRows = bad.notices.map(
    (n) => `| \`${bad.name}#${n.line}\` | \`${n.field}\` | ${n.reason} |`,
  );
  return `# Committee meeting minutes (\`meeting_minutes\`)

Invented meetings of the sample city's committees (\`src/generate/city\`), 2023–2024, in Plaza's
meeting-minutes format: one JSON array of meeting objects per file, documented by
\`mappings/schemas/meeting-minutes.schema.json\`. **Generated** — do not edit; change
\`src/generate/meetings/\` and run \`npx tsx src/generate/samples/write-samples.ts\`.
Positions: \`file#N\` is the N-th meeting (1-based) of the array; \`turn N\` the N-th speaker turn
of its minutes.

Citizen members appear by invented name (personal data: \`plaza:citizenName\`, masked when
published); officials as position + invented name (public by law). Agenda items name the spine's
policies, programmes and projects by id, and ${new Set(documents).size} approval documents of
\`data/info_list\` by \`package_id\`.

## Files

| file | meetings | how it is written |
|---|---:|---|
${fileRows.join('\n')}

## Committees

| code | name | type | department | policies | meetings |
|---|---|---|---|---|---:|
${committeeRows.join('\n')}

## Closed meetings

Never published in full: the meeting and its minutes carry a non-public disclosure decision.

| meeting | Art. 9(1) items | release |
|---|---|---|
${closedRows.join('\n')}

## PII traps in the minutes

Personal details a citizen says aloud in a speaker turn (\`plaza:utterance\`, scanned by the PII
detector before publication):

| file | meeting | where | what |
|---|---|---|---|
${trapRows.join('\n')}

## Bad file (\`_bad/${bad.name}\`)

Ingesting it must reject exactly these meetings and ingest the other ${bad.goodMeetings}:

| position | field | expected reject |
|---|---|---|
${rejectRows.join('\n')}

and report (ingested, never published in full):

| position | field | notice |
|---|---|---|
${noticeRows.join('\n')}
`;
}
