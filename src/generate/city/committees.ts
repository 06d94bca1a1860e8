// The spine's committees (위원회): code, type, the department that runs them and the policies they take up.
import { D } from './policy-spec.ts';
import type { CityCommittee } from './types.ts';

const c = (
  code: string,
  nameKo: string,
  nameEn: string,
  type: CityCommittee['type'],
  deptCode: string,
  legalBasis: string,
  policyIds: readonly string[],
): CityCommittee => ({ code, nameKo, nameEn, type, deptCode, legalBasis, policyIds });

// prettier-ignore
export const CITY_COMMITTEES: readonly CityCommittee[] = [
  c('C021', '서울특별시 기후변화대응위원회', 'Seoul Climate Change Committee', '심의', D.climatePolicy, '서울특별시 기후위기 대응을 위한 탄소중립ㆍ녹색성장 기본 조례 제20조', ['POL-02', 'POL-03']),
  c('C031', '서울특별시 버스정책시민위원회', 'Seoul Citizens’ Bus Policy Committee', '자문', D.bus, '서울특별시 시내버스 재정지원 및 안전운행기준에 관한 조례 제12조', ['POL-04']),
  c('C032', '서울특별시 교통영향평가심의위원회', 'Seoul Traffic Impact Assessment Committee', '심의', D.transportPolicy, '도시교통정비 촉진법 제17조', ['POL-04', 'POL-20']),
  c('C041', '서울특별시 주거정책심의위원회', 'Seoul Housing Policy Committee', '심의', D.housingPolicy, '주거기본법 제9조, 서울특별시 주거기본 조례 제7조', ['POL-05']),
  c('C051', '서울특별시 사회보장위원회', 'Seoul Social Security Committee', '심의', D.welfarePlanning, '사회보장급여의 이용ㆍ제공 및 수급권자 발굴에 관한 법률 제40조', ['POL-07', 'POL-15', 'POL-19']),
  c('C061', '서울특별시 안전관리위원회', 'Seoul Safety Management Committee', '심의', D.safety, '재난 및 안전관리 기본법 제11조', ['POL-08', 'POL-17']),
  c('C071', '서울특별시 정보공개심의회', 'Seoul Information Disclosure Review Board', '심의', D.disclosure, '공공기관의 정보공개에 관한 법률 제12조', ['POL-10']),
  c('C081', '서울특별시 청년정책위원회', 'Seoul Youth Policy Committee', '심의', D.jobs, '서울특별시 청년 기본 조례 제11조', ['POL-06']),
  c('C091', '서울특별시 문화정책자문위원회', 'Seoul Cultural Policy Advisory Committee', '자문', D.culture, '서울특별시 문화예술진흥 조례 제5조', ['POL-09']),
  c('C111', '서울특별시 인사위원회', 'Seoul Personnel Committee', '의결', D.personnel, '지방공무원법 제7조', ['POL-22']),
];
