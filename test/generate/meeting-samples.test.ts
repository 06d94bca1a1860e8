// data/meeting_minutes and its bad file: in sync with the builder, valid against the JSON Schema,
// drawn from the spine, ingested without rejects, conforming to the shapes; the bad file rejects
// exactly what its README documents.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { MAPPINGS } from '../../mappings/index.ts';
import { RowError, type Notice } from '../../mappings/mapping.ts';
import { OrgDirectory, type OrgUnit } from '../../mappings/org/directory.ts';
import { readExport } from '../../mappings/read/read-export.ts';
import schema from '../../mappings/schemas/meeting-minutes.schema.json' with { type: 'json' };
import { GraphValidator } from '../../src/pipeline/validate.ts';
import {
  CITY_COMMITTEES,
  cityInitiative,
  cityInitiatives,
  isActiveOn,
} from '../../src/generate/city/index.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import { generateExports } from '../../src/generate/index.ts';
import { orgChartRows } from '../../src/generate/org-chart.ts';
import { buildSamples } from '../../src/generate/samples/build-samples.ts';
import { renderMeetingReadme } from '../../src/generate/meetings/meeting-readme.ts';
import {
  buildMeetingSamples,
  candidateDocuments,
} from '../../src/generate/meetings/meeting-samples.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import type { Reject } from '../../mappings/types.ts';
import { BASE } from '../support/rdf.ts';

const samples = buildSamples();
const infoRows = samples.files.filter((f) => f.kind === 'info_list').flatMap((f) => f.rows);
const meetings = buildMeetingSamples(candidateDocuments(infoRows));
const all = meetings.files.flatMap((f) => f.meetings);
const dataPath = (path: string) => new URL(`../../data/${path}`, import.meta.url);
const orgs = new OrgDirectory(
  orgChartRows().map((row) => MAPPINGS.org_chart.parse(row).record as OrgUnit),
);
const iri = new IriMinter(BASE);
/** The spine's initiatives, as a policy list would teach them: agenda ids must all resolve. */
const INITIATIVES = new InitiativeDirectory(
  cityInitiatives().map((i) => ({
    id: i.id,
    level: i.level,
    ...(i.parentId === '' ? {} : { parentId: i.parentId }),
    nameKo: i.nameKo,
    deptCode: i.deptCode,
    unitTasks: i.unitTasks,
    detailCodes: i.budget.map((b) => b.detailCode),
  })),
);

/** Reads a file as `plaza ingest` would: reader rejects, then mapping rejects, then notices. */
async function ingest(path: string) {
  const rejects: Reject[] = [];
  const notices: Notice[] = [];
  const quads = [];
  let accepted = 0;
  for await (const item of readExport(path)) {
    if (item.type === 'reject') {
      rejects.push(item.reject);
      continue;
    }
    const { record } = item;
    try {
      const parsed = MAPPINGS.meeting_minutes.parse(record.fields);
      const meta = { ...record, key: parsed.key, ingestedAt: new Date('2026-11-27T00:00:00Z') };
      const out = MAPPINGS.meeting_minutes.map(parsed.record, meta, {
        iri,
        orgs,
        initiatives: INITIATIVES,
      });
      notices.push(...out.notices);
      quads.push(...out.quads, ...out.shared.flatMap((s) => s.quads));
      accepted++;
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      for (const e of error.errors)
        rejects.push({ file: record.file, line: record.line, field: e.field, reason: e.message });
    }
  }
  return { rejects, notices, quads, accepted };
}

describe('data/meeting_minutes', () => {
  it('is exactly what the builder writes (regenerate, never hand-edit)', async () => {
    for (const file of [...meetings.files, meetings.bad])
      expect((await readFile(dataPath(file.path), 'utf8')) === file.text, file.path).toBe(true);
    expect(await readFile(dataPath('meeting_minutes/README.md'), 'utf8')).toBe(
      renderMeetingReadme(meetings),
    );
  });

  it('holds 30–40 meetings of the spine committees over 2023–2024, a few closed', () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.length).toBeLessThanOrEqual(40);
    expect(new Set(all.map((m) => m.meeting_id)).size).toBe(all.length);
    const closed = all.filter((m) => !m.open);
    expect(closed.length).toBeGreaterThanOrEqual(3);
    expect(closed.length).toBeLessThan(all.length / 4);
    for (const m of all) {
      expect(m.start.slice(0, 4)).toMatch(/^202[34]$/);
      const spine = CITY_COMMITTEES.find((c) => c.code === m.committee.code);
      expect(spine?.deptCode).toBe(m.committee.department_code);
      expect(orgs.unit(m.committee.department_code)).toBeDefined();
    }
  });

  it('validates every file against mappings/schemas/meeting-minutes.schema.json', () => {
    const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
    const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);
    for (const file of meetings.files) {
      expect(validate(JSON.parse(file.text)), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate(JSON.parse(meetings.bad.text))).toBe(false);
  });

  it('names only spine initiatives active on the day, and approval documents of data/info_list', () => {
    const packageIds = new Set(infoRows.map((r) => r['package_id']));
    let documents = 0;
    for (const m of all) {
      const day = m.start.slice(0, 10);
      for (const item of m.agenda) {
        const ids = [
          ...(item.related_policies ?? []),
          ...(item.related_programmes ?? []),
          ...(item.related_projects ?? []),
        ];
        for (const id of ids) {
          const initiative = cityInitiative(id);
          expect(initiative, id).toBeDefined();
          if (initiative) expect(isActiveOn(initiative, day), `${id} on ${day}`).toBe(true);
        }
        for (const id of item.related_documents ?? []) {
          expect(packageIds.has(id), id).toBe(true);
          documents++;
        }
      }
    }
    expect(documents).toBeGreaterThan(0);
    const named = (a: (typeof all)[number]['agenda'][number]) =>
      [
        ...(a.related_policies ?? []),
        ...(a.related_programmes ?? []),
        ...(a.related_projects ?? []),
      ].length > 0;
    const linked = all.filter((m) => m.agenda.some(named));
    expect(linked.length / all.length).toBeGreaterThanOrEqual(0.95);
  });

  it('ingest without rejects, reporting only the closed meeting without a ground, and conform', async () => {
    const validator = new GraphValidator(BASE);
    for (const file of meetings.files) {
      const { rejects, notices, quads, accepted } = await ingest(dataPath(file.path).pathname);
      expect(rejects).toEqual([]);
      expect(accepted).toBe(file.meetings.length);
      const expected = file.meetings
        .filter((m) => !m.open && (m.closure?.legal_grounds ?? []).length === 0)
        .map(() => '/closure/legal_grounds');
      expect(notices.map((n) => n.field)).toEqual(expected);
      const report = await validator.validate(quads);
      expect(report.violations).toEqual([]);
    }
  });

  it('carry the documented PII traps in the minutes', () => {
    const pii = /010-\d{4}-\d{4}|\d+-\d+에 사시는 \S+ 씨|@example\.kr/;
    const traps = meetings.files.flatMap((f) => f.traps);
    expect(traps.length).toBeGreaterThanOrEqual(6);
    for (const trap of traps) {
      const m = all.find((x) => x.meeting_id === trap.meetingId);
      const turn = m?.minutes?.turns[trap.position - 1];
      expect(turn?.text, `${trap.meetingId} turn ${trap.position}`).toMatch(pii);
      expect(m?.attendees.some((a) => a.name === turn?.speaker_name && !a.public_official)).toBe(
        true,
      );
    }
  });
});

describe('data/_bad meeting minutes', () => {
  it('rejects exactly the documented meetings and ingests the rest, with the documented notice', async () => {
    const bad = meetings.bad;
    const { rejects, notices, accepted } = await ingest(dataPath(bad.path).pathname);
    expect(rejects.map((r) => ({ line: r.line, field: r.field ?? '', reason: r.reason }))).toEqual(
      bad.rejects,
    );
    expect(accepted).toBe(bad.goodMeetings);
    expect(notices.map((n) => ({ line: n.line, field: n.field, reason: n.message }))).toEqual(
      bad.notices,
    );
  });
});

describe('plaza generate: meeting_minutes', () => {
  it('writes meetings in proportion, valid against the schema and ingested without rejects', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plaza-meetings-'));
    try {
      const run = await generateExports({ records: 4000, outDir: dir, kinds: ['meeting_minutes'] });
      expect(run.counts).toEqual({ meeting_minutes: 40 });
      expect(run.files.every((f) => /\d{8}_\d{8}_meeting_minutes\.json$/.test(f))).toBe(true);
      const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
      const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);
      let accepted = 0;
      for (const file of run.files) {
        expect(validate(JSON.parse(await readFile(file, 'utf8')))).toBe(true);
        const result = await ingest(file);
        expect(result.rejects).toEqual([]);
        accepted += result.accepted;
      }
      expect(accepted).toBe(40);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
