// SKOS concept schemes of ontology/schemes: complete concepts, IRIs as src/vocab/iri.ts mints them,
// and the facts of the code lists (grades, legal grounds, retention, licences, budget functions).
import { describe, expect, it } from 'vitest';
import { Store, type Term } from 'n3';
import { parseOntologyFile, turtleFilesIn } from '../../src/vocab/ontology-files.ts';
import { IriMinter, type SchemeName } from '../../src/vocab/iri.ts';
import { eli, xkos } from '../../src/vocab/namespaces.ts';
import { BASE, id, namedNode, plaza, rdf, skos } from './helpers.ts';

const store = new Store(turtleFilesIn('schemes').flatMap((file) => parseOntologyFile(file, BASE)));
const minter = new IriMinter(BASE);

const concepts = store.getSubjects(rdf('type'), skos('Concept'), null);
const schemes = store.getSubjects(rdf('type'), skos('ConceptScheme'), null);

function langs(subject: Term, predicate: Term): string[] {
  return store
    .getObjects(subject, predicate, null)
    .map((o) => (o.termType === 'Literal' ? o.language : ''))
    .sort();
}

function labels(subject: Term, predicate: Term, language: string): string[] {
  return store
    .getObjects(subject, predicate, null)
    .filter((o) => o.termType === 'Literal' && o.language === language)
    .map((o) => o.value);
}

function notation(concept: Term): string {
  return store.getObjects(concept, skos('notation'), null)[0]?.value ?? '';
}

function inScheme(scheme: string): Term[] {
  return store.getSubjects(skos('inScheme'), id(`concept/${scheme}`), null);
}

describe('every concept scheme', () => {
  it.each(schemes.map((s) => [s.value.slice(BASE.length), s] as const))(
    '%s is labelled and defined in Korean and English',
    (_name, scheme) => {
      expect(scheme.value).toMatch(new RegExp(`^${BASE}id/concept/[a-z-]+$`));
      expect(langs(scheme, skos('prefLabel'))).toEqual(['en', 'ko']);
      expect(langs(scheme, skos('definition'))).toEqual(['en', 'ko']);
    },
  );

  it('includes the expected schemes', () => {
    expect(schemes.map((s) => s.value.slice(`${BASE}id/concept/`.length)).sort()).toEqual([
      'bpmn-element-type',
      'budget-account',
      'budget-function',
      'budget-phase',
      'committee-type',
      'decision-outcome',
      'disclosure-grade',
      'document-type',
      'function',
      'legal-ground',
      'licence',
      'link-basis',
      'meeting-role',
      'org-change-type',
      'org-type',
      'payment-method',
      'record-type',
      'redaction-reason',
      'release-rule',
      'retention',
      'unit-task',
    ]);
  });
});

describe('every concept', () => {
  it.each(concepts.map((c) => [c.value.slice(BASE.length), c] as const))(
    '%s has prefLabel and definition ko+en, a notation and one scheme',
    (_name, concept) => {
      expect(langs(concept, skos('prefLabel'))).toEqual(['en', 'ko']);
      expect(langs(concept, skos('definition'))).toEqual(['en', 'ko']);
      expect(store.getObjects(concept, skos('notation'), null)).toHaveLength(1);
      const [scheme, ...more] = store.getObjects(concept, skos('inScheme'), null);
      expect(more).toEqual([]);
      expect(scheme && store.countQuads(scheme, rdf('type'), skos('ConceptScheme'), null)).toBe(1);
      // SKOS integrity: pref and alt labels are disjoint
      const pref = new Set(store.getObjects(concept, skos('prefLabel'), null).map((o) => o.id));
      for (const alt of store.getObjects(concept, skos('altLabel'), null))
        expect(pref.has(alt.id)).toBe(false);
    },
  );

  it('is a top concept exactly when its scheme lists it, and has no broader concept then', () => {
    for (const concept of concepts) {
      const tops = store.getObjects(concept, skos('topConceptOf'), null).map((t) => t.value);
      const listed = store.getSubjects(skos('hasTopConcept'), concept, null).map((t) => t.value);
      expect(tops, concept.value).toEqual(listed);
      if (tops.length > 0)
        expect(store.getObjects(concept, skos('broader'), null), concept.value).toEqual([]);
      else expect(store.getObjects(concept, skos('broader'), null), concept.value).toHaveLength(1);
    }
  });

  it('has an IRI {base}id/concept/{scheme}/{notation}, as IriMinter mints it', () => {
    const minted: SchemeName[] = [
      'disclosure-grade',
      'record-type',
      'retention',
      'licence',
      'org-type',
      'payment-method',
      'release-rule',
      'committee-type',
      'meeting-role',
      'decision-outcome',
      'bpmn-element-type',
      'budget-phase',
      'budget-account',
    ];
    for (const scheme of minted) {
      for (const concept of inScheme(scheme)) {
        expect(concept.value).toBe(minter.concept(scheme, notation(concept)).value);
      }
    }
    for (const concept of inScheme('budget-function')) {
      expect(concept.value).toBe(`${BASE}id/concept/budget-function/${notation(concept)}`);
    }
  });
});

describe('disclosure grades', () => {
  it('cover public, restricted, non-public and not-stated with their Korean names', () => {
    const byNotation = Object.fromEntries(
      inScheme('disclosure-grade').map((c) => [notation(c), labels(c, skos('prefLabel'), 'ko')]),
    );
    expect(byNotation).toEqual({
      public: ['공개'],
      restricted: ['부분공개'],
      'non-public': ['비공개'],
      'not-stated': ['공개구분 미표시'],
    });
  });

  it('match the EU access-right table', () => {
    const eu = 'http://publications.europa.eu/resource/authority/access-right/';
    const matches = (n: string) =>
      [
        ...store.getObjects(id(`concept/disclosure-grade/${n}`), skos('exactMatch'), null),
        ...store.getObjects(id(`concept/disclosure-grade/${n}`), skos('closeMatch'), null),
      ].map((o) => o.value);
    expect(matches('public')).toEqual([`${eu}PUBLIC`]);
    expect(matches('restricted')).toEqual([`${eu}RESTRICTED`]);
    expect(matches('non-public')).toEqual([`${eu}NON_PUBLIC`]);
    expect(matches('not-stated')).toEqual([]);
  });
});

describe('legal grounds', () => {
  it('are the eight items of Art. 9(1), as IriMinter mints them, plus not-stated', () => {
    const grounds = inScheme('legal-ground')
      .map((c) => c.value)
      .sort();
    const expected = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => minter.legalGround(n).value);
    expect(grounds).toEqual([...expected, minter.legalGroundNotStated().value].sort());
    for (let n = 1; n <= 8; n++) {
      const item = minter.legalGround(n);
      expect(notation(item)).toBe(`9-1-${n}`);
      expect(store.countQuads(item, rdf('type'), eli('LegalResourceSubdivision'), null)).toBe(1);
      expect(store.getObjects(item, eli('is_part_of'), null).map((o) => o.value)).toEqual([
        `${BASE}id/legal/opengov-act/art/9/para/1`,
      ]);
    }
  });

  it('describe the act as an ELI legal resource with its Korean title', () => {
    const act = id('legal/opengov-act');
    expect(store.countQuads(act, rdf('type'), eli('LegalResource'), null)).toBe(1);
    expect(labels(act, namedNode('http://purl.org/dc/terms/title'), 'ko')).toEqual([
      '공공기관의 정보공개에 관한 법률',
    ]);
  });

  it('relate item 6 to the officials’ names proviso', () => {
    const item6 = minter.legalGround(6);
    expect(store.countQuads(item6, skos('related'), plaza('OfficialsNameProviso'), null)).toBe(1);
    expect(langs(item6, skos('note'))).toEqual(['en', 'ko']);
  });
});

describe('code lists', () => {
  it('spell retention periods exactly as the sources do', () => {
    const alt = Object.fromEntries(
      inScheme('retention').map((c) => [notation(c), labels(c, skos('altLabel'), 'ko')]),
    );
    expect(alt).toEqual({
      '1y': ['1년'],
      '3y': ['3년'],
      '5y': ['5년'],
      '10y': ['10년'],
      '30y': ['30년'],
      'semi-permanent': ['준영구'],
      permanent: ['영구'],
    });
  });

  it('match licences to Creative Commons 4.0', () => {
    const cc = Object.fromEntries(
      inScheme('licence').map((c) => [
        labels(c, skos('prefLabel'), 'en').join(' '),
        store.getObjects(c, skos('exactMatch'), null).map((o) => o.value),
      ]),
    );
    expect(cc).toEqual({
      'CC BY': ['https://creativecommons.org/licenses/by/4.0/'],
      'CC BY-ND': ['https://creativecommons.org/licenses/by-nd/4.0/'],
      'CC BY-NC': ['https://creativecommons.org/licenses/by-nc/4.0/'],
      'CC BY-NC-ND': ['https://creativecommons.org/licenses/by-nc-nd/4.0/'],
    });
  });

  it('list the record types, organisation types, payment methods and release rules', () => {
    const notations = (scheme: string) => inScheme(scheme).map(notation).sort();
    expect(notations('record-type')).toEqual([
      'approval-document',
      'budget-line',
      'expense',
      'expense-report',
      'meeting',
      'minutes',
      'proactive-disclosure',
      'research-report',
      'work-process',
    ]);
    expect(notations('org-type')).toEqual([
      'bureau',
      'committee',
      'division',
      'field-office',
      'municipality',
      'team',
    ]);
    expect(notations('payment-method')).toEqual(['card', 'cash', 'other', 'zeropay']);
    expect(notations('release-rule')).toEqual(['five-year-review', 'given', 'thirty-year-limit']);
    const ko = (scheme: string, n: string) =>
      labels(id(`concept/${scheme}/${n}`), skos('prefLabel'), 'ko');
    expect(ko('payment-method', 'card')).toEqual(['카드']);
    expect(ko('payment-method', 'zeropay')).toEqual(['제로페이']);
    expect(ko('org-type', 'bureau')).toEqual(['실·본부·국']);
  });
});

describe('budget functional classification', () => {
  const concept = (code: string) => id(`concept/budget-function/${code}`);

  it('has the 14 fields and the 42 named sectors of the local-finance code list', () => {
    const depth = (c: Term) => store.getObjects(c, xkos('depth'), null)[0]?.value;
    const all = inScheme('budget-function');
    expect(
      all
        .filter((c) => depth(c) === '1')
        .map(notation)
        .sort(),
    ).toEqual([
      '010',
      '020',
      '050',
      '060',
      '070',
      '080',
      '090',
      '100',
      '110',
      '120',
      '140',
      '150',
      '160',
      '900',
    ]);
    expect(all.filter((c) => depth(c) === '2')).toHaveLength(42);
  });

  it('keeps the Korean names exactly, and sectors under their field', () => {
    expect(labels(concept('084'), skos('prefLabel'), 'ko')).toEqual(['보육ㆍ가족및여성']);
    expect(labels(concept('126'), skos('prefLabel'), 'ko')).toEqual(['대중교통ㆍ물류등기타']);
    expect(store.getObjects(concept('084'), skos('broader'), null)).toEqual([concept('080')]);
    expect(store.countQuads(concept('080'), skos('narrower'), concept('084'), null)).toBe(1);
  });

  it('invents no names for sectors the code list leaves unnamed', () => {
    for (const code of ['111', '116', '151', '153', '161', '901']) {
      expect(store.countQuads(concept(code), null, null, null), code).toBe(0);
    }
    expect(langs(concept('110'), skos('scopeNote'))).toEqual(['en', 'ko']);
  });
});
