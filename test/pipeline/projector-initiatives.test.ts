// The projector learns the policy list like the org chart: upserts and deletions reach the directory.
import { describe, expect, it } from 'vitest';
import { Projector, type ProjectableEntry } from '../../src/pipeline/projector.ts';
import { IriMinter } from '../../src/vocab/iri.ts';

const entry = (key: string, op: 'upsert' | 'delete', fields: Record<string, string>) =>
  ({
    kind: 'policy_list',
    key,
    op,
    file: 'p.csv',
    line: 2,
    format: 'csv',
    fields,
    at: '2026-11-27T10:00:00Z',
  }) satisfies ProjectableEntry;

describe('Projector.learnInitiatives', () => {
  it('adds, replaces and removes initiatives, and says when nothing changed', () => {
    const projector = new Projector(new IriMinter('http://localhost:3000/'));
    const policy = { id: 'POL-01', level: 'policy', name_ko: '정책', dept_code: '6110640' };
    expect(projector.learnInitiatives([entry('policy/POL-01', 'upsert', policy)])).toBe(true);
    expect(projector.initiatives.byDepartment('6110640')).toMatchObject({
      initiative: { id: 'POL-01' },
    });
    expect(projector.initiatives.byIdentifier('POL-01').status).toBe('resolved');
    expect(projector.learnInitiatives([])).toBe(false);
    expect(projector.learnInitiatives([entry('policy/POL-01', 'delete', {})])).toBe(true);
    expect(projector.initiatives.size).toBe(0);
    expect(projector.learnInitiatives([entry('policy/POL-01', 'delete', {})])).toBe(false);
  });

  it('counts documents, not initiatives, as records that may need re-linking', () => {
    const projector = new Projector(new IriMinter('http://localhost:3000/'));
    const policy = { id: 'POL-01', level: 'policy', name_ko: '정책' };
    projector.project([entry('policy/POL-01', 'upsert', policy)]);
    expect(projector.hasMappedDependents).toBe(false);
    expect(projector.hasMappedRecords).toBe(true);
  });
});
