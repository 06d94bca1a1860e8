// The masking policy as the ontology states it: withheld, scanned and public-by-law properties.
import { describe, expect, it } from 'vitest';
import { MaskingPolicy } from '../../src/policy/masking-policy.ts';
import { PLAZA_NS } from '../../src/vocab/namespaces.ts';
import { loadOntologyQuads } from '../../src/vocab/ontology-files.ts';

const policy = MaskingPolicy.fromOntology(loadOntologyQuads('http://localhost:3000/'));
const plaza = (local: string): string => PLAZA_NS + local;

describe('MaskingPolicy from ontology/plaza.ttl', () => {
  it('withholds personal data without a legal exception', () => {
    for (const p of ['participants', 'authorStatement']) {
      expect(policy.of(plaza(p))).toMatchObject({
        treatment: 'withhold',
        personalData: 'https://w3id.org/dpv#Name',
      });
    }
  });

  it('publishes officials’ names under the Art. 9(1)6 proviso, and scans office phones', () => {
    expect(policy.of(plaza('responsibleOfficial'))).toEqual({
      treatment: 'publish',
      field: 'official',
      stub: true,
      personalData: 'https://w3id.org/dpv#Name',
      publicByLaw: plaza('OfficialsNameProviso'),
    });
    expect(policy.of(plaza('contactPhone'))).toMatchObject({
      treatment: 'scan',
      publicByLaw: plaza('PublicationPurposeProviso'),
    });
  });

  it('scans free text that may name people, and publishes what the ontology does not annotate', () => {
    for (const p of [
      'http://purl.org/dc/terms/title',
      plaza('place'),
      plaza('purpose'),
      plaza('category'),
    ]) {
      expect(policy.of(p).treatment).toBe('scan');
    }
    expect(policy.of(plaza('amount')).treatment).toBe('publish');
    expect(policy.of('http://purl.org/dc/terms/identifier').treatment).toBe('publish');
  });

  it('tells the detector how to read each field, and which properties a withheld stub keeps', () => {
    expect(policy.of(plaza('contactPhone')).field).toBe('contact');
    expect(policy.of(plaza('participants')).field).toBe('participants');
    expect(policy.of('http://purl.org/dc/terms/title')).toMatchObject({
      field: 'title',
      stub: true,
    });
    for (const p of [
      'http://purl.org/dc/terms/identifier',
      plaza('disclosure'),
      plaza('departmentName'),
    ]) {
      expect(policy.of(p).stub, p).toBe(true);
    }
    // Content and personal data are not stub metadata: closed by default.
    for (const p of [
      'http://xmlns.com/foaf/0.1/page',
      plaza('amount'),
      plaza('participants'),
      plaza('place'),
    ]) {
      expect(policy.of(p).stub, p).toBe(false);
    }
    expect(policy.of('http://example.org/unannotated').stub).toBe(false);
  });

  it('refuses an unknown detector context rather than guessing one', () => {
    const q = (o: string) => ({
      subject: { value: 'http://example.org/p' },
      predicate: { value: plaza('piiField') },
      object: { value: o },
    });
    expect(() => MaskingPolicy.fromOntology([q('headline')] as never)).toThrow(
      /unknown plaza:piiField/,
    );
  });

  it('is derived from the annotations alone: without them nothing is withheld', () => {
    expect(MaskingPolicy.fromOntology([]).of(plaza('participants')).treatment).toBe('publish');
  });
});
