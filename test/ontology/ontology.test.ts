// The ontology plaza.ttl: every file parses, every coined term is documented, the DESIGN §6 contract
// terms exist with their alignments, and the personal-data annotations the redactor reads are in place.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { Store, type Quad, type Term } from 'n3';
import {
  ONTOLOGY_DIR,
  loadOntologyQuads,
  loadShapeQuads,
  parseOntologyFile,
  turtleFilesIn,
} from '../../src/vocab/ontology-files.ts';
import {
  PLAZA_NS,
  dpv,
  owl,
  prov,
  qb,
  rdfs,
  rico,
  schema,
  sh,
  xsd,
} from '../../src/vocab/namespaces.ts';
import { BASE, ONTOLOGY_IRI, dct, literal, namedNode, plaza, rdf, skos } from './helpers.ts';

const ontology = new Store(parseOntologyFile('plaza.ttl', BASE));
const ontologyIri = namedNode(ONTOLOGY_IRI);

const TERM_TYPES = [
  owl('Class'),
  owl('ObjectProperty'),
  owl('DatatypeProperty'),
  owl('AnnotationProperty'),
  rdf('Property'),
  owl('NamedIndividual'),
  skos('ConceptScheme'),
];

/** Every plaza: subject typed as a class, property, individual or scheme. */
function coinedTerms(): Term[] {
  const terms = new Map<string, Term>();
  for (const type of TERM_TYPES) {
    for (const subject of ontology.getSubjects(rdf('type'), type, null)) {
      if (subject.value.startsWith(PLAZA_NS)) terms.set(subject.value, subject);
    }
  }
  return [...terms.values()];
}

function languages(subject: Term, predicate: Term): string[] {
  return ontology
    .getObjects(subject, predicate, null)
    .map((o) => (o.termType === 'Literal' ? o.language : ''))
    .sort();
}

function has(subject: Term, predicate: Term, object: Term): boolean {
  return ontology.countQuads(subject, predicate, object, null) > 0;
}

describe('ontology files', () => {
  it('parse as Turtle (schemes and shapes with the deployment base)', () => {
    const files = ['plaza.ttl', ...turtleFilesIn('schemes'), ...turtleFilesIn('shapes')];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) expect(parseOntologyFile(file, BASE).length).toBeGreaterThan(0);
    expect(readdirSync(ONTOLOGY_DIR).sort()).toEqual(
      expect.arrayContaining(['MODEL.md', 'context.jsonld', 'plaza.ttl', 'schemes', 'shapes']),
    );
  });

  it('resolve relative IRIs against the given base only', () => {
    const other = 'https://data.example.org/plaza/';
    const iris = (quads: Quad[]) =>
      quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'NamedNode');
    const here = iris(loadOntologyQuads(other)).filter((t) => t.value.startsWith(BASE));
    expect(here).toEqual([]);
    expect(iris(loadShapeQuads(other)).some((t) => t.value === `${other}id/legal/not-stated`)).toBe(
      true,
    );
  });

  it('reject a base IRI that is not an http(s) folder', () => {
    expect(() => loadOntologyQuads('http://localhost:3000')).toThrow(/ending in '\/'/);
  });

  it('keep plaza.ttl independent of the deployment base', () => {
    const quads = parseOntologyFile('plaza.ttl', BASE);
    const relative = quads.filter((q) =>
      [q.subject, q.predicate, q.object].some((t) => t.value.startsWith(BASE)),
    );
    expect(relative).toEqual([]);
  });
});

describe('ontology header', () => {
  it('is an owl:Ontology with titles, version, licence and creation date', () => {
    expect(has(ontologyIri, rdf('type'), owl('Ontology'))).toBe(true);
    expect(languages(ontologyIri, dct('title'))).toEqual(['en', 'ko']);
    expect(has(ontologyIri, owl('versionInfo'), literal('1.0.0'))).toBe(true);
    expect(ontology.getObjects(ontologyIri, owl('versionIRI'), null).map((o) => o.value)).toEqual([
      'https://w3id.org/plaza/def/1.0.0',
    ]);
    expect(ontology.getObjects(ontologyIri, dct('license'), null)).toHaveLength(1);
    const created = ontology.getObjects(ontologyIri, dct('created'), null)[0];
    expect(created?.termType === 'Literal' && created.datatype.value).toBe(xsd('date').value);
  });
});

describe('coined terms', () => {
  const terms = coinedTerms();

  it.each(terms.map((t) => [t.value.slice(PLAZA_NS.length), t] as const))(
    '%s has labels and definitions in Korean and English, and rdfs:isDefinedBy',
    (_name, term) => {
      expect(languages(term, rdfs('label'))).toEqual(['en', 'ko']);
      expect(languages(term, skos('definition'))).toEqual(['en', 'ko']);
      expect(has(term, rdfs('isDefinedBy'), ontologyIri)).toBe(true);
    },
  );

  const contractClasses = [
    'ApprovalDocument',
    'ProactiveDisclosure',
    'ResearchReport',
    'ExpenseReport',
    'Expense',
    'BudgetLine',
    'Meeting',
    'AgendaItem',
    'Decision',
    'Minutes',
    'WorkProcess',
    'ApprovalStep',
    'PolicyInitiative',
    'Policy',
    'Programme',
    'Project',
    'DisclosureDecision',
    'Redacted',
    'SourceRow',
  ];
  const contractProperties = [
    'policyContext',
    'disclosure',
    'disclosureStatus',
    'legalGround',
    'scheduledRelease',
    'releaseRule',
    'responsibleUnit',
    'departmentName',
    'retentionPeriod',
    'fullTextPublished',
    'mappingVersion',
    'sourceFile',
    'sourceLine',
    'sourceFormat',
    'documentNumber',
    'responsibleOfficial',
    'unitTaskLabel',
    'category',
    'contactPhone',
    'researchField',
    'region',
    'creationYear',
    'producingBody',
    'authorStatement',
    'period',
    'budgetAmount',
    'executedAmount',
    'currency',
    'executedAt',
    'place',
    'purpose',
    'participants',
    'paymentMethod',
    'amount',
    'orgType',
    'orgLevel',
    'validFrom',
    'validUntil',
  ];
  const annotations = ['personalData', 'publicByLaw', 'mayContainPersonalData'];

  it('include every contract class of DESIGN §6 and MODEL.md', () => {
    for (const name of contractClasses)
      expect(has(plaza(name), rdf('type'), owl('Class')), name).toBe(true);
  });

  it('include every contract property, typed as a property', () => {
    const propertyTypes = [owl('ObjectProperty'), owl('DatatypeProperty'), rdf('Property')];
    for (const name of contractProperties) {
      expect(
        propertyTypes.some((t) => has(plaza(name), rdf('type'), t)),
        name,
      ).toBe(true);
    }
    for (const name of annotations) {
      expect(has(plaza(name), rdf('type'), owl('AnnotationProperty')), name).toBe(true);
    }
  });

  it('define nothing in plaza: beyond what is documented', () => {
    const subjects = new Set(
      ontology
        .getSubjects(null, null, null)
        .filter((s) => s.value.startsWith(PLAZA_NS))
        .map((s) => s.value),
    );
    expect([...subjects].sort()).toEqual(terms.map((t) => t.value).sort());
  });

  it('reference only plaza: terms that are defined', () => {
    const defined = new Set(terms.map((t) => t.value));
    const files = ['plaza.ttl', ...turtleFilesIn('schemes'), ...turtleFilesIn('shapes')];
    for (const file of files) {
      for (const q of parseOntologyFile(file, BASE)) {
        for (const t of [q.subject, q.predicate, q.object]) {
          if (t.termType === 'NamedNode' && t.value.startsWith(PLAZA_NS)) {
            expect(defined.has(t.value), `${file}: ${t.value}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('alignments', () => {
  const sub = (a: Term, b: Term) => has(a, rdfs('subClassOf'), b);

  it('makes records RiC-O records and expense lines record parts', () => {
    for (const name of [
      'ApprovalDocument',
      'ProactiveDisclosure',
      'ResearchReport',
      'ExpenseReport',
      'Minutes',
    ]) {
      expect(sub(plaza(name), rico('Record')), name).toBe(true);
    }
    expect(sub(plaza('Expense'), rico('RecordPart'))).toBe(true);
  });

  it('aligns policy, meetings, budget, decisions and provenance with PROV-O, schema.org and Data Cube', () => {
    expect(sub(plaza('PolicyInitiative'), prov('Plan'))).toBe(true);
    for (const name of ['Policy', 'Programme', 'Project']) {
      expect(sub(plaza(name), plaza('PolicyInitiative')), name).toBe(true);
    }
    expect(sub(plaza('Meeting'), schema('Event'))).toBe(true);
    expect(sub(plaza('BudgetLine'), qb('Observation'))).toBe(true);
    for (const name of ['DisclosureDecision', 'Decision', 'ApprovalStep']) {
      expect(sub(plaza(name), prov('Activity')), name).toBe(true);
    }
    expect(sub(plaza('SourceRow'), prov('Entity'))).toBe(true);
    expect(
      has(
        plaza('orgType'),
        rdfs('subPropertyOf'),
        namedNode('http://www.w3.org/ns/org#classification'),
      ),
    ).toBe(true);
  });

  it('types the disclosure contract', () => {
    expect(has(plaza('scheduledRelease'), rdfs('range'), xsd('date'))).toBe(true);
    expect(has(plaza('policyContext'), rdfs('range'), plaza('PolicyInitiative'))).toBe(true);
    expect(has(plaza('disclosure'), rdfs('range'), plaza('DisclosureDecision'))).toBe(true);
    expect(has(plaza('sourceLine'), rdfs('range'), xsd('integer'))).toBe(true);
  });
});

describe('personal-data annotations', () => {
  const freeText = [
    dct('title'),
    plaza('purpose'),
    plaza('place'),
    plaza('participants'),
    plaza('authorStatement'),
    plaza('category'),
  ];

  it('keeps officials’ names public under the Art. 9(1)6 proviso', () => {
    expect(has(plaza('responsibleOfficial'), plaza('personalData'), dpv('Name'))).toBe(true);
    expect(
      has(plaza('responsibleOfficial'), plaza('publicByLaw'), plaza('OfficialsNameProviso')),
    ).toBe(true);
    expect(has(plaza('OfficialsNameProviso'), rdf('type'), skos('Concept'))).toBe(true);
  });

  it('marks non-officials’ names as personal data without exception', () => {
    for (const p of [plaza('authorStatement'), plaza('participants')]) {
      expect(has(p, plaza('personalData'), dpv('Name')), p.value).toBe(true);
      expect(ontology.getObjects(p, plaza('publicByLaw'), null), p.value).toEqual([]);
    }
  });

  it('marks the contact phone as a telephone number that is still scanned', () => {
    expect(has(plaza('contactPhone'), plaza('personalData'), dpv('TelephoneNumber'))).toBe(true);
    expect(
      has(plaza('contactPhone'), plaza('mayContainPersonalData'), literal('true', xsd('boolean'))),
    ).toBe(true);
    expect(languages(plaza('contactPhone'), skos('note'))).toEqual(['en', 'ko']);
  });

  it('flags free-text properties for the PII detector', () => {
    for (const p of freeText) {
      expect(
        has(p, plaza('mayContainPersonalData'), literal('true', xsd('boolean'))),
        p.value,
      ).toBe(true);
    }
  });

  it('lets maskable properties hold a Redacted placeholder (no hard literal range)', () => {
    for (const p of [...freeText, plaza('contactPhone')]) {
      expect(ontology.getObjects(p, rdfs('range'), null), p.value).toEqual([]);
      expect(has(p, schema('rangeIncludes'), plaza('Redacted')), p.value).toBe(true);
    }
  });
});

describe('shapes', () => {
  const shapes = new Store(loadShapeQuads(BASE));
  const messageLanguages = (shape: Term) =>
    shapes
      .getObjects(shape, sh('message'), null)
      .map((o) => (o.termType === 'Literal' ? o.language : ''))
      .sort();

  it('give every node shape and property shape an English and a Korean sh:message', () => {
    const nodeShapes = shapes.getSubjects(rdf('type'), sh('NodeShape'), null);
    const propertyShapes = shapes.getObjects(null, sh('property'), null);
    expect(nodeShapes.length).toBeGreaterThan(10);
    for (const shape of [...nodeShapes, ...propertyShapes]) {
      expect(messageLanguages(shape), shape.value).toEqual(['en', 'ko']);
    }
  });

  it('name shapes in the fixed shapes namespace', () => {
    for (const shape of shapes.getSubjects(rdf('type'), sh('NodeShape'), null)) {
      expect(shape.value).toMatch(
        /^https:\/\/w3id\.org\/plaza\/shapes#[A-Z]\w+Shape$|^https:\/\/w3id\.org\/plaza\/shapes#(Text|String)OrRedacted$/,
      );
    }
  });

  it('refer only to concepts and legal grounds that the schemes define', () => {
    const schemes = new Store(loadOntologyQuads(BASE));
    const referenced = shapes
      .getQuads(null, null, null, null)
      .map((q) => q.object)
      .filter((o) => o.termType === 'NamedNode' && o.value.startsWith(`${BASE}id/`));
    expect(referenced.length).toBeGreaterThan(40);
    for (const iri of referenced) {
      expect(schemes.countQuads(iri, skos('inScheme'), null, null), iri.value).toBe(1);
    }
  });
});
