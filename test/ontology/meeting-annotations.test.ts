// What the redactor will do with meeting properties, derived from plaza.ttl alone: citizens' names
// withheld, officials' names and positions published, speech and conditions scanned.
import { describe, expect, it } from 'vitest';
import { MaskingPolicy } from '../../src/policy/masking-policy.ts';
import { dpv, PLAZA_NS } from '../../src/vocab/namespaces.ts';
import { parseOntologyFile } from '../../src/vocab/ontology-files.ts';
import { BASE } from './helpers.ts';

const policy = MaskingPolicy.fromOntology(parseOntologyFile('plaza.ttl', BASE));
const of = (local: string) => policy.of(`${PLAZA_NS}${local}`);

describe('meeting personal-data annotations', () => {
  it('withholds citizens’ names (dpv:Name, no exception)', () => {
    expect(of('citizenName')).toMatchObject({
      treatment: 'withhold',
      personalData: dpv('Name').value,
    });
  });

  it('publishes officials’ names and positions under the Art. 9(1)6 proviso', () => {
    expect(of('officialName')).toMatchObject({
      treatment: 'publish',
      personalData: dpv('Name').value,
      publicByLaw: `${PLAZA_NS}OfficialsNameProviso`,
    });
    expect(of('officialPosition').treatment).toBe('publish');
  });

  it('scans what speakers said and the conditions of a decision', () => {
    expect(of('utterance').treatment).toBe('scan');
    expect(of('conditions').treatment).toBe('scan');
  });

  it('publishes the structure (roles, votes, outcomes) as is', () => {
    for (const p of ['meetingRole', 'publicOfficial', 'votesInFavour', 'decisionOutcome'])
      expect(of(p).treatment, p).toBe('publish');
  });
});
