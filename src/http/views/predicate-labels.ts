// Names for the properties of other vocabularies the pages show (plaza: terms carry their own
// rdfs:label @ko/@en in the ontology graph, which the pages read from the store).
import { bibo, dct, eli, foaf, org, prov, qb, schema, skos, xkos } from '../../vocab/namespaces.ts';
import type { Lang } from './i18n.ts';

const NAMES: ReadonlyArray<readonly [string, string, string]> = [
  [dct('identifier').value, '식별자', 'Identifier'],
  [dct('title').value, '제목', 'Title'],
  [dct('created').value, '생산일', 'Created'],
  [dct('issued').value, '등록일', 'Issued'],
  [dct('date').value, '기준일', 'Date'],
  [dct('type').value, '기록 유형', 'Record type'],
  [dct('license').value, '이용 허락', 'Licence'],
  [dct('isPartOf').value, '소속', 'Part of'],
  [dct('hasPart').value, '구성', 'Has part'],
  [dct('description').value, '설명', 'Description'],
  [dct('relation').value, '관련 기록', 'Related'],
  [dct('subject').value, '분류', 'Classification'],
  [dct('accessRights').value, '공개 등급', 'Access rights'],
  [foaf('page').value, '원문 쪽', 'Source page'],
  [schema('startDate').value, '시작', 'Start'],
  [schema('endDate').value, '종료', 'End'],
  [schema('location').value, '장소', 'Location'],
  [schema('position').value, '순서', 'Position'],
  [skos('prefLabel').value, '이름', 'Name'],
  [skos('altLabel').value, '다른 이름', 'Other name'],
  [skos('notation').value, '기호', 'Notation'],
  [skos('definition').value, '정의', 'Definition'],
  [skos('note').value, '참고', 'Note'],
  [skos('inScheme').value, '분류 체계', 'Scheme'],
  [skos('broader').value, '상위 분류', 'Broader'],
  [skos('topConceptOf').value, '최상위 분류', 'Top concept of'],
  [xkos('depth').value, '단계', 'Level'],
  [org('unitOf').value, '상위 조직', 'Unit of'],
  [org('changedBy').value, '조직 개편', 'Changed by'],
  [org('resultedFrom').value, '신설·개편', 'Resulted from'],
  [qb('dataSet').value, '예산 데이터셋', 'Budget data set'],
  [bibo('isbn').value, 'ISBN', 'ISBN'],
  [bibo('issn').value, 'ISSN', 'ISSN'],
  [prov('startedAtTime').value, '시행', 'Took effect'],
  [skos('related').value, '관련 개념', 'Related'],
  [eli('is_part_of').value, '상위 조항', 'Part of'],
  [eli('number').value, '번호', 'Number'],
  [qb('structure').value, '자료 구조', 'Structure'],
];

const TABLE = new Map(NAMES.map(([iri, ko, en]) => [iri, { ko, en }]));

export function predicateName(iri: string, lang: Lang): string | undefined {
  return TABLE.get(iri)?.[lang];
}
