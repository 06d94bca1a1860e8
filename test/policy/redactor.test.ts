// The redactor on hand-written record graphs: stubs for withheld records, placeholders for
// personal-data properties, the fixed token for PII in text, release on the scheduled day.
import { describe, expect, it } from 'vitest';
import { MaskingPolicy } from '../../src/policy/masking-policy.ts';
import { Redactor } from '../../src/policy/redactor.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { loadOntologyQuads } from '../../src/vocab/ontology-files.ts';
import { BASE, expectIsomorphic, parseTrig } from '../support/rdf.ts';

const redactor = new Redactor(
  MaskingPolicy.fromOntology(loadOntologyQuads(BASE)),
  new IriMinter(BASE),
);

const PREFIXES = `
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix plaza: <https://w3id.org/plaza/def#> .
`;

/** An approval document with the given grade, title and release date (Turtle, base-relative). */
function doc(grade: string, title: string, release = '2029-12-31'): string {
  const withheld =
    grade === 'public'
      ? ''
      : `
    plaza:legalGround <id/legal/opengov-act/art/9/para/1/item/5> ;
    plaza:scheduledRelease "${release}"^^xsd:date ;
    plaza:releaseRule <id/concept/release-rule/five-year-review> ;`;
  return `${PREFIXES}
<id/document/1> a plaza:ApprovalDocument ;
    dct:identifier "1" ;
    dct:title "${title}"@ko ;
    plaza:departmentName "일자리정책과"@ko ;
    plaza:responsibleOfficial "주무관 홍길동"@ko ;
    foaf:page <https://opengov.seoul.go.kr/sanction/31234567> ;
    dct:accessRights <id/concept/disclosure-grade/${grade}> ;
    plaza:disclosure <id/document/1#decision> ;
    prov:wasGeneratedBy <id/document/1#ingest> ;
    plaza:secretNote "내부 검토 의견" .
<id/document/1#decision> a plaza:DisclosureDecision ;${withheld}
    plaza:disclosureStatus <id/concept/disclosure-grade/${grade}> .
<id/document/1#ingest> a prov:Activity ; prov:used <id/document/1#source> .
<id/document/1#source> a plaza:SourceRow ; plaza:sourceFile "a.csv" .
<id/document/1/annex/1> dct:title "첨부 1"@ko .
`;
}

describe('Redactor', () => {
  it('publishes a public record as it is, apart from personal data in its text', () => {
    const input = parseTrig(doc('public', '청년 일자리 박람회 개최 계획'));
    const { quads, redactions, records } = redactor.redact(input, '2024-12-01');
    expectIsomorphic(quads, input);
    expect(redactions).toBe(0);
    expect(records.map((r) => r.disposition)).toEqual(['published']);
  });

  it('replaces personal data in free text by one fixed token and says so', () => {
    const input = parseTrig(doc('public', '민원인 김철수(010-2345-6789) 민원 회신'));
    const { quads } = redactor.redact(input, '2024-12-01');
    const title = quads.find(
      (q) => q.predicate.value.endsWith('/title') && q.subject.value.endsWith('/1'),
    );
    expect(title?.object.value).not.toMatch(/김철수|2345|6789/);
    expect(title?.object.value).toContain('[비공개]');
    const expected = parseTrig(`${PREFIXES}
      <id/document/1> plaza:redaction <id/document/1#redacted-x> .
    `);
    const redaction = quads.filter((q) => q.predicate.value.endsWith('#redaction'));
    expect(redaction).toHaveLength(expected.length);
    const node = redaction[0]!.object.value;
    const about = quads
      .filter((q) => q.subject.value === node)
      .map((q) => q.predicate.value.replace(/^.*[#/]/, ''));
    expect(about.sort()).toEqual(['legalGround', 'redactedProperty', 'redactionReason', 'type']);
  });

  it('leaves a withheld record as a stub: metadata, grounds and release date, no content', () => {
    const input = parseTrig(doc('non-public', '감사 결과 처분 요구'));
    const { quads, records } = redactor.redact(input, '2024-12-01');
    expect(records[0]?.disposition).toBe('withheld');
    const expected = parseTrig(`${PREFIXES}
<id/document/1> a plaza:ApprovalDocument ;
    dct:identifier "1" ;
    dct:title "감사 결과 처분 요구"@ko ;
    plaza:departmentName "일자리정책과"@ko ;
    plaza:responsibleOfficial "주무관 홍길동"@ko ;
    dct:accessRights <id/concept/disclosure-grade/non-public> ;
    plaza:disclosure <id/document/1#decision> ;
    prov:wasGeneratedBy <id/document/1#ingest> ;
    plaza:withheldContent <id/document/1#withheld> .
<id/document/1#decision> a plaza:DisclosureDecision ;
    plaza:legalGround <id/legal/opengov-act/art/9/para/1/item/5> ;
    plaza:scheduledRelease "2029-12-31"^^xsd:date ;
    plaza:releaseRule <id/concept/release-rule/five-year-review> ;
    plaza:disclosureStatus <id/concept/disclosure-grade/non-public> .
<id/document/1#ingest> a prov:Activity ; prov:used <id/document/1#source> .
<id/document/1#source> a plaza:SourceRow ; plaza:sourceFile "a.csv" .
<id/document/1#withheld> a plaza:Redacted ;
    plaza:redactionReason <id/concept/redaction-reason/withheld-content> ;
    plaza:legalGround <id/legal/opengov-act/art/9/para/1/item/5> ;
    plaza:scheduledRelease "2029-12-31"^^xsd:date .
`);
    expectIsomorphic(quads, expected);
  });

  it('publishes a withheld record in full from its scheduled release day, marked as released', () => {
    const input = parseTrig(doc('non-public', '감사 결과 처분 요구', '2024-12-01'));
    expect(redactor.redact(input, '2024-11-30').records[0]?.disposition).toBe('withheld');
    const { quads, records } = redactor.redact(input, '2024-12-01');
    expect(records[0]?.disposition).toBe('released');
    const released = parseTrig(`${PREFIXES}
      <id/document/1#decision> plaza:releasedOn "2024-12-01"^^xsd:date .`);
    expectIsomorphic(quads, [...input, ...released]);
  });

  it('publishes the public parts of a partially disclosed record', () => {
    const input = parseTrig(doc('restricted', '청년 일자리 박람회 개최 계획'));
    const { quads, records } = redactor.redact(input, '2024-12-01');
    expect(records[0]?.disposition).toBe('published');
    expectIsomorphic(quads, input);
  });

  it('replaces every value of a personal-data property by one placeholder with its ground', () => {
    const input = parseTrig(`${PREFIXES}
<id/expense-report/9/line/1> a plaza:Expense ;
    plaza:participants "김철수" , "이영희 외 3명" ;
    plaza:amount 120000.0 ;
    dct:accessRights <id/concept/disclosure-grade/public> ;
    plaza:disclosure <id/expense-report/9/line/1#decision> .
<id/expense-report/9/line/1#decision> plaza:disclosureStatus <id/concept/disclosure-grade/public> .
`);
    const { quads } = redactor.redact(input, '2024-12-01');
    const values = quads.filter((q) => q.predicate.value.endsWith('#participants'));
    expect(values).toHaveLength(1);
    expect(values[0]!.object.termType).toBe('NamedNode');
    expect(JSON.stringify(quads)).not.toMatch(/김철수|이영희/);
    const node = values[0]!.object.value;
    expect(quads.filter((q) => q.subject.value === node).map((q) => q.object.value)).toEqual(
      expect.arrayContaining([
        'https://w3id.org/plaza/def#Redacted',
        `${BASE}id/legal/opengov-act/art/9/para/1/item/6`,
        `${BASE}id/concept/redaction-reason/personal-data`,
        'https://w3id.org/plaza/def#participants',
      ]),
    );
  });

  it('treats a decision whose grade it cannot read as withheld, and a missing ground as not stated', () => {
    const input = parseTrig(`${PREFIXES}
<id/document/2> dct:identifier "2" ; foaf:page <https://example.org/x> ;
    plaza:disclosure <id/document/2#decision> .
<id/document/2#decision> a plaza:DisclosureDecision .
`);
    const { quads, records } = redactor.redact(input, '2024-12-01');
    expect(records[0]?.disposition).toBe('withheld');
    expect(quads.some((q) => q.predicate.value.endsWith('/page'))).toBe(false);
    expect(quads.some((q) => q.object.value === `${BASE}id/legal/not-stated`)).toBe(true);
  });
});
