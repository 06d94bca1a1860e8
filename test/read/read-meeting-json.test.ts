// The meeting_minutes reader: one record per meeting (its id and canonical JSON), 1-based positions,
// specific rejects for elements that are not meetings, and recognition by name or by keys.
import { describe, expect, it } from 'vitest';
import { MAPPINGS } from '../../mappings/index.ts';
import { OPEN_MEETING, CLOSED_WITHOUT_GROUND } from '../mappings/meeting-cases.ts';
import { readAll, readFailure, scratchDirectory } from './harness.ts';

const scratch = scratchDirectory();
const NAME = '20240101_20241231_meeting_minutes.json';

describe('meeting_minutes reader', () => {
  it('yields one record per meeting with its id and canonical JSON, keyed by position', async () => {
    const path = await scratch(
      NAME,
      JSON.stringify([OPEN_MEETING, CLOSED_WITHOUT_GROUND], null, 2),
    );
    const { records, rejects, notices } = await readAll(path);
    expect(rejects).toEqual([]);
    expect(notices).toEqual([]);
    expect(records.map((r) => [r.kind, r.format, r.file, r.line, r.fields['meeting_id']])).toEqual([
      ['meeting_minutes', 'json', NAME, 1, 'C021-2024-03'],
      ['meeting_minutes', 'json', NAME, 2, 'C111-2024-02'],
    ]);
    expect(Object.keys(records[0]?.fields ?? {})).toEqual(['meeting_id', 'document']);
    expect(JSON.parse(records[0]?.fields['document'] ?? '')).toEqual(OPEN_MEETING);
    // the mapping accepts what the reader produced
    expect(MAPPINGS.meeting_minutes.parse(records[1]?.fields ?? {}).key).toBe('C111-2024-02');
  });

  it('writes the same document text whatever the key order of the source', async () => {
    const reordered = Object.fromEntries(Object.entries(OPEN_MEETING).reverse());
    const a = await readAll(await scratch(`a_${NAME}`, JSON.stringify([OPEN_MEETING])));
    const b = await readAll(await scratch(`b_${NAME}`, JSON.stringify([reordered], null, 4)));
    expect(b.records[0]?.fields['document']).toBe(a.records[0]?.fields['document']);
    expect(a.records[0]?.fields['document']).toMatch(/^\{"agenda":\[\{"order":1,/);
  });

  it('rejects elements that are not meetings and reads the rest', async () => {
    const path = await scratch(
      NAME,
      JSON.stringify([42, { committee: {} }, OPEN_MEETING, { meeting_id: '  ' }]),
    );
    const { records, rejects } = await readAll(path);
    expect(records.map((r) => r.line)).toEqual([3]);
    expect(rejects).toEqual([
      { file: NAME, line: 1, reason: 'element 1 is number, not a meeting object' },
      { file: NAME, line: 2, field: 'meeting_id', reason: 'meeting 2 has no meeting_id string' },
      { file: NAME, line: 4, field: 'meeting_id', reason: 'meeting 4 has no meeting_id string' },
    ]);
  });

  it('recognises a meeting file by its keys when the name does not say', async () => {
    const path = await scratch('committee-export.json', JSON.stringify([OPEN_MEETING]));
    const { records, rejects, notices } = await readAll(path);
    expect(rejects).toEqual([]);
    expect(notices).toEqual([]);
    expect(records.map((r) => [r.kind, r.fields['meeting_id']])).toEqual([
      ['meeting_minutes', 'C021-2024-03'],
    ]);
  });

  it('honours --source meeting_minutes', async () => {
    const path = await scratch('export.json', JSON.stringify([CLOSED_WITHOUT_GROUND]));
    const { records } = await readAll(path, { source: 'meeting_minutes' });
    expect(records.map((r) => r.fields['meeting_id'])).toEqual(['C111-2024-02']);
  });

  it('refuses a file that is not one array of meetings', async () => {
    const path = await scratch(NAME, JSON.stringify({ meetings: [OPEN_MEETING] }));
    const error = await readFailure(path);
    expect(error.reason).toBe('expected one JSON array of meeting objects');
  });
});
