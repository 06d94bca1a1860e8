// IRI minting: the contract patterns of DESIGN §6, opaque keys only, and rejected unsafe keys.
import { describe, expect, it } from 'vitest';
import { InvalidKeyError, IriMinter, labelNotation } from '../../src/vocab/iri.ts';

const iri = new IriMinter('https://data.city.example/');

describe('IriMinter', () => {
  it('mints the contract patterns', () => {
    expect(iri.document('000000000012345').value).toBe(
      'https://data.city.example/id/document/000000000012345',
    );
    expect(iri.disclosure('24017').value).toBe('https://data.city.example/id/disclosure/24017');
    expect(iri.report('9001').value).toBe('https://data.city.example/id/report/9001');
    expect(iri.expenseLine('77001', 2).value).toBe(
      'https://data.city.example/id/expense-report/77001/line/2',
    );
    expect(iri.org('6110201').value).toBe('https://data.city.example/id/org/6110201');
    expect(iri.concept('retention', '5y').value).toBe(
      'https://data.city.example/id/concept/retention/5y',
    );
    expect(iri.legalGround(6).value).toBe(
      'https://data.city.example/id/legal/opengov-act/art/9/para/1/item/6',
    );
  });

  it('puts each record in its own named graph', () => {
    expect(iri.graphOf(iri.document('1')).value).toBe('https://data.city.example/graph/document/1');
    expect(() => iri.graphOf(iri.legalGroundNotStated())).not.toThrow();
  });

  it.each(['', '12 34', '김철수', '../x', 'a/b', '010-1234-5678?'])(
    'refuses the unsafe key %j',
    (key) => {
      expect(() => iri.document(key)).toThrow(InvalidKeyError);
    },
  );

  it('refuses a legal ground outside items 1–8 and a base without a trailing slash', () => {
    expect(() => iri.legalGround(9)).toThrow(InvalidKeyError);
    expect(() => new IriMinter('http://localhost:3000')).toThrow(/ending in '\/'/);
  });

  it('turns labels into stable opaque notations, the same for NFC/NFD and surrounding spaces', () => {
    const nfd = '급여및수당관리'.normalize('NFD');
    expect(labelNotation(` ${nfd} `)).toBe(labelNotation('급여및수당관리'));
    expect(labelNotation('급여및수당관리')).toMatch(/^[0-9a-f]{16}$/);
    expect(labelNotation('예산편성관리')).not.toBe(labelNotation('급여및수당관리'));
  });
});

describe('IriMinter for budget, meetings, processes and policy context', () => {
  const B = 'https://data.city.example/id/';
  it('mints the DESIGN §6 patterns', () => {
    expect(iri.initiative('policy', 'POL-03').value).toBe(`${B}policy/POL-03`);
    expect(iri.initiative('project', 'PRJ-03-02-01').value).toBe(`${B}project/PRJ-03-02-01`);
    expect(iri.budgetDataset('2024', 'original').value).toBe(`${B}budget/2024/original`);
    expect(iri.budgetLine('2024', 'original', '1234-5678').value).toBe(
      `${B}budget/2024/original/1234-5678`,
    );
    const meeting = iri.meeting('C031-2024-07');
    expect(meeting.value).toBe(`${B}meeting/C031-2024-07`);
    expect(iri.agendaItem(meeting, 2).value).toBe(`${B}meeting/C031-2024-07/agenda/2`);
    const process = iri.process('permit-review');
    expect(iri.processElement(process, 'Task_1').value).toBe(
      `${B}process/permit-review/element/Task_1`,
    );
  });

  it('names a context link after its record and initiative, and only for initiatives', () => {
    const doc = iri.document('000000000012345');
    expect(iri.contextLink(doc, iri.initiative('programme', 'PRG-1')).value).toBe(
      `${doc.value}#context-programme-PRG-1`,
    );
    expect(() => iri.contextLink(doc, iri.org('6110000'))).toThrow(/not a Plaza initiative/);
    expect(() => iri.meeting('회의 1')).toThrow(InvalidKeyError);
  });

  it('names a reorganisation by a unit code and the ISO day it took effect', () => {
    expect(iri.orgChange('6110440', '2024-01-01').value).toBe(
      'https://data.city.example/id/org-change/6110440-2024-01-01',
    );
    expect(() => iri.orgChange('6110440', '20240101')).toThrow(InvalidKeyError);
    expect(() => iri.orgChange('61 10', '2024-01-01')).toThrow(InvalidKeyError);
  });

  it('numbers the parts of a meeting by position, never by name', () => {
    const meeting = iri.meeting('C031-2024-07');
    const minutes = iri.minutes(meeting);
    expect(minutes.value).toBe(`${B}meeting/C031-2024-07/minutes`);
    expect(iri.speakerTurn(minutes, 3).value).toBe(`${B}meeting/C031-2024-07/minutes/turn/3`);
    expect(iri.attendee(meeting, 1).value).toBe(`${B}meeting/C031-2024-07/attendee/1`);
    expect(iri.decision(iri.agendaItem(meeting, 2)).value).toBe(
      `${B}meeting/C031-2024-07/agenda/2/decision`,
    );
    expect(iri.graphOf(minutes).value).not.toBe(iri.graphOf(meeting).value);
    expect(() => iri.attendee(meeting, 0)).toThrow(InvalidKeyError);
    expect(() => iri.speakerTurn(minutes, 1.5)).toThrow(InvalidKeyError);
  });

  it('mints publisher graphs under graph/publisher/ and tells them from record graphs', () => {
    const root = 'https://data.city.example/graph/';
    expect(iri.publisherGraph('notes/2024').value).toBe(`${root}publisher/notes/2024`);
    expect(iri.isPublisherGraph(`${root}publisher/notes/2024`)).toBe(true);
    expect(iri.isPublisherGraph(iri.graphOf(iri.document('D1')).value)).toBe(false);
    expect(iri.isPublisherGraph(iri.ontologyGraph('plaza.ttl').value)).toBe(false);
    for (const bad of ['../document/D1', 'a/./b', 'a//b', '', 'a b', 'notes/'])
      expect(iri.isPublisherGraph(`${root}publisher/${bad}`), bad).toBe(false);
    expect(() => iri.publisherGraph('../x')).toThrow(InvalidKeyError);
  });
});
