// The spine's work processes (업무처리 절차): owner, initiative, legal basis and the documents each step yields.
import { D } from './policy-spec.ts';
import type { CityProcess } from './types.ts';

const p = (
  id: string,
  nameKo: string,
  nameEn: string,
  deptCode: string,
  initiativeId: string,
  unitTask: string,
  legalBasis: string,
  documentTypes: readonly string[],
): CityProcess => ({
  id,
  nameKo,
  nameEn,
  deptCode,
  initiativeId,
  unitTask,
  legalBasis,
  documentTypes,
});

// prettier-ignore
export const CITY_PROCESSES: readonly CityProcess[] = [
  p('PROC-01', '서울형 어린이집 운영비 지원', 'Operating grants for Seoul-certified daycare', D.childcareNew, 'PRJ-01-2-1', '보육시설운영지원', '영유아보육법 제36조', ['지원 계획', '신청 접수 대장', '심사 결과 보고', '보조금 교부 결정 통지서', '정산 보고서']),
  p('PROC-02', '노후 경유차 저공해 조치 지원', 'Low-emission retrofit grants for old diesel vehicles', D.airQuality, 'PRJ-03-2-1', '저공해차량지원', '대기환경보전법 제58조', ['지원 공고문', '신청서', '지원 대상 선정 통보', '보조금 지급 결의서']),
  p('PROC-03', '도로 굴착 복구 허가', 'Road excavation and reinstatement permits', D.roads, 'PRJ-08-2-3', '도로굴착관리', '도로법 제61조', ['굴착 허가 신청서', '도로 점용 허가서', '복구 준공 검사 조서']),
  p('PROC-04', '정보공개 청구 처리', 'Handling freedom-of-information requests', D.disclosure, 'PRJ-10-1-1', '정보공개제도운영', '공공기관의 정보공개에 관한 법률 제11조', ['정보공개 청구서', '공개 여부 결정 통지서', '이의신청 결정 통지서']),
  p('PROC-05', '청년 안심주택 입주자 선정', 'Selecting tenants for safe homes for young people', D.publicHousing, 'PRJ-05-1-1', '공공주택공급', '공공주택 특별법 제48조', ['입주자 모집 공고문', '자격 검증 결과 보고', '당첨자 발표문', '임대차 계약서']),
  p('PROC-06', '다중이용업소 소방검사', 'Fire inspections of crowded venues', D.firePrevention, 'PRJ-17-1-2', '소방시설검사', '소방시설 설치 및 관리에 관한 법률 제22조', ['소방검사 계획', '소방검사 결과 보고서', '조치 명령서']),
  p('PROC-07', '문화예술 지원사업 공모와 보조금 교부', 'Arts grant calls and awards', D.culture, 'PRJ-09-1-1', '문화예술진흥', '지방자치단체 보조금 관리에 관한 법률 제7조', ['공모 공고문', '심사 결과 보고', '보조금 교부 결정 통지서', '정산 보고서']),
  p('PROC-08', '하천 점용 허가', 'River occupancy permits', D.rivers, 'PRJ-11-1-2', '하천점용허가', '하천법 제33조', ['하천 점용 허가 신청서', '하천 점용 허가서', '점용료 부과 고지서']),
];
