// The invented Seoul organisation every generated export draws on: bureaus, divisions, teams, codes.
// Codes are opaque 7-digit strings; the chart also carries the deliberate reorganisation cases
// (a rename and a merge on 2024-01-01, with change_type and successor_codes on the ended units).

export type StaffSeries =
  | 'admin'
  | 'tax'
  | 'environment'
  | 'facility'
  | 'health'
  | 'welfare'
  | 'fire'
  | 'curator'
  | 'records';

export interface DivisionRow {
  readonly code: string;
  readonly name: string;
  /** Four-level function-classification path above this division's unit tasks. */
  readonly taxonomy: string;
  readonly tasks: readonly string[];
  readonly series: StaffSeries;
  readonly teams?: readonly string[];
  readonly validFrom?: string;
  readonly validTo?: string;
  /** How the unit ended (org_chart `change_type`, as the export writes it) and what took over. */
  readonly change?: {
    readonly type: '개칭' | '통합' | '분할' | '폐지';
    readonly successors: string;
  };
}

/** A level-3 unit the chart still lists but that ended before the sample window (no records). */
export interface FormerDivisionRow {
  readonly code: string;
  readonly name: string;
  readonly validFrom?: string;
  readonly validTo: string;
  readonly change?: DivisionRow['change'];
}

export interface BureauRow {
  readonly code: string;
  readonly name: string;
  readonly type: 'bureau' | 'field-office' | 'committee';
  readonly divisions: readonly DivisionRow[];
  readonly formerDivisions?: readonly FormerDivisionRow[];
  /** A level-2 unit without divisions that produces documents itself. */
  readonly producer?: Omit<DivisionRow, 'code' | 'name' | 'teams'>;
}

export const ROOT_CODE = '6110000';
export const ROOT_NAME = '서울특별시';
export const ROOT_VALID_FROM = '1949-08-15';
/** When an organisation unit's validity is not stated: the chart's baseline date. */
export const BASELINE_VALID_FROM = '2012-01-01';
/** The 2024 reorganisation: old names valid until the day before. */
export const REORGANISATION_DAY = '2024-01-01';
export const BEFORE_REORGANISATION = '2023-12-31';

const d = (
  code: string,
  name: string,
  taxonomy: string,
  tasks: readonly string[],
  series: StaffSeries = 'admin',
  extra: Partial<Pick<DivisionRow, 'teams' | 'validFrom' | 'validTo' | 'change'>> = {},
): DivisionRow => ({ code, name, taxonomy, tasks, series, ...extra });

const OLD = { validTo: BEFORE_REORGANISATION } as const;
/** Ended at the reorganisation, its work carried on by `successor` (개칭 renamed, 통합 merged). */
const ENDED = (type: '개칭' | '통합', successor: string) =>
  ({ ...OLD, change: { type, successors: successor } }) as const;
const NEW = { validFrom: REORGANISATION_DAY } as const;

// prettier-ignore
export const BUREAUS: readonly BureauRow[] = [
  { code: '6110100', name: '기획조정실', type: 'bureau', divisions: [
    d('6110110', '기획담당관', '행정>기획조정>시정기획>시정운영계획', ['시정주요업무계획', '시정성과평가관리']),
    d('6110120', '예산담당관', '재정>예산관리>예산편성>예산편성운영', ['예산편성관리', '예산집행관리'], 'admin', { teams: ['예산총괄팀', '예산제도팀'] }),
    d('6110130', '조직담당관', '행정>일반행정지원>조직관리>조직ㆍ정원관리', ['조직관리', '정원관리']),
    d('6110140', '법무담당관', '행정>법무지원>법무관리>소송ㆍ법제', ['소송사무관리', '자치법규심사']),
  ] },
  { code: '6110200', name: '행정국', type: 'bureau', divisions: [
    d('6110210', '총무과', '행정>일반행정지원>총무관리>청사ㆍ총무', ['청사관리', '관용차량관리', '당직및비상근무관리'], 'admin', { teams: ['총무팀', '청사운영팀', '후생복지팀'] }),
    d('6110220', '인사과', '행정>인사관리>인사운영>임용ㆍ복무', ['인사운영', '복무관리', '포상관리']),
    d('6110230', '자치행정과', '행정>지방자치>자치행정>자치구협력', ['자치구협력', '주민자치지원']),
    d('6110240', '정보공개정책과', '행정>열린행정>정보공개>정보공개운영', ['정보공개제도운영', '기록물관리']),
    d('6110250', '민원담당관', '행정>열린행정>민원관리>민원제도', ['민원제도운영', '고충민원처리']),
  ] },
  { code: '6110300', name: '재무국', type: 'bureau', divisions: [
    d('6110310', '재무과', '재정>재무관리>계약ㆍ재산>계약관리', ['계약관리', '공유재산관리']),
    d('6110320', '세제과', '재정>지방세>세제운영>과세관리', ['지방세부과관리', '세무조사관리'], 'tax'),
    d('6110330', '38세금징수과', '재정>지방세>세입징수>체납징수', ['체납세징수'], 'tax'),
  ] },
  { code: '6110400', name: '기후환경본부', type: 'bureau', divisions: [
    d('6110410', '기후환경정책과', '환경>환경정책>기후환경>기후변화대응', ['기후변화대응', '환경영향평가'], 'environment', { teams: ['기획팀', '환경정책팀'] }),
    d('6110420', '대기정책과', '환경>대기환경>대기보전>대기오염관리', ['대기질개선', '미세먼지저감대책', '저공해차량지원'], 'environment', { teams: ['대기기획팀', '미세먼지관리팀'] }),
    d('6110430', '녹색에너지과', '환경>에너지>에너지전환>신재생에너지', ['신재생에너지보급', '건물에너지효율화'], 'environment', ENDED('통합', '6110440')),
    d('6110440', '기후변화대응과', '환경>에너지>에너지전환>신재생에너지', ['신재생에너지보급', '건물에너지효율화'], 'environment', NEW),
    d('6110450', '자원순환과', '환경>자원순환>폐기물관리>생활폐기물', ['생활폐기물관리', '재활용촉진'], 'environment'),
  ], formerDivisions: [
    { code: '6110460', name: '에너지시민협력과', validTo: BEFORE_REORGANISATION, change: { type: '통합', successors: '6110440' } },
  ] },
  { code: '6110500', name: '복지정책실', type: 'bureau', divisions: [
    d('6110510', '복지기획관', '복지>사회복지일반>복지정책>복지기획', ['복지정책수립', '사회복지시설지원'], 'welfare'),
    d('6110520', '노인복지과', '복지>노인복지>노인생활지원>노인일자리', ['노인일자리지원', '경로당운영지원'], 'welfare'),
    d('6110530', '장애인복지정책과', '복지>장애인복지>장애인생활지원>활동지원', ['장애인활동지원', '장애인시설운영지원'], 'welfare'),
    d('6110540', '자활지원과', '복지>기초생활보장>자활지원>자활사업', ['기초생활보장', '자활사업지원'], 'welfare'),
  ] },
  { code: '6110600', name: '여성가족정책실', type: 'bureau', divisions: [
    d('6110610', '여성정책담당관', '복지>여성ㆍ가족>여성정책>양성평등', ['양성평등정책', '여성일자리지원']),
    d('6110620', '보육담당관', '복지>여성ㆍ가족>보육>보육지원', ['보육시설운영지원', '보육료지원'], 'welfare', ENDED('개칭', '6110630')),
    d('6110630', '보육정책과', '복지>여성ㆍ가족>보육>보육지원', ['보육시설운영지원', '보육료지원'], 'welfare', NEW),
    d('6110640', '가족담당관', '복지>여성ㆍ가족>가족정책>가족지원', ['가족지원정책', '아동학대예방'], 'welfare'),
  ] },
  { code: '6110700', name: '도시교통실', type: 'bureau', divisions: [
    d('6110710', '교통정책과', '교통>교통정책>교통계획>교통정책수립', ['교통정책수립', '교통영향평가'], 'admin', { teams: ['기획팀', '교통정책팀'] }),
    d('6110720', '버스정책과', '교통>대중교통>버스>버스운영', ['시내버스운영관리', '버스노선관리']),
    d('6110730', '택시물류과', '교통>대중교통>택시ㆍ물류>운송사업', ['택시운송사업관리', '화물운송관리']),
    d('6110740', '주차계획과', '교통>교통관리>주차관리>주차계획', ['주차장관리', '불법주정차단속']),
  ] },
  { code: '6110800', name: '안전총괄실', type: 'bureau', divisions: [
    d('6110810', '안전총괄과', '안전>재난안전>안전관리>안전총괄', ['재난안전관리', '안전점검관리']),
    d('6110820', '도로관리과', '교통>도로>도로관리>도로유지', ['도로굴착관리', '도로점용허가', '도로유지보수'], 'facility', { teams: ['도로관리팀', '굴착복구팀'] }),
    d('6110830', '교량안전과', '교통>도로>도로시설물>교량ㆍ터널', ['교량유지관리', '터널안전관리'], 'facility'),
  ] },
  { code: '6110900', name: '주택정책실', type: 'bureau', divisions: [
    d('6110910', '주택정책과', '주택ㆍ도시>주택>주택정책>주택공급', ['주택정책수립', '공동주택관리']),
    d('6110920', '건축기획과', '주택ㆍ도시>건축>건축관리>건축행정', ['건축허가관리', '건축물안전관리'], 'facility'),
    d('6110930', '공공주택과', '주택ㆍ도시>주택>공공주택>임대주택', ['공공주택공급', '임대주택관리']),
  ] },
  { code: '6111000', name: '경제정책실', type: 'bureau', divisions: [
    d('6111010', '경제정책과', '경제>경제정책>산업진흥>투자유치', ['경제정책수립', '투자유치']),
    d('6111020', '소상공인정책담당관', '경제>민생경제>소상공인>소상공인지원', ['소상공인지원', '전통시장활성화']),
    d('6111030', '일자리정책과', '경제>일자리>고용지원>일자리창출', ['일자리창출지원', '청년일자리지원']),
  ] },
  { code: '6111100', name: '시민건강국', type: 'bureau', divisions: [
    d('6111110', '보건의료정책과', '보건>보건의료>공공보건>의료정책', ['공공보건의료', '응급의료관리'], 'health'),
    d('6111120', '식품정책과', '보건>식품안전>식품위생>위생관리', ['식품위생관리', '음식점위생등급관리'], 'health'),
    d('6111130', '감염병관리과', '보건>보건의료>감염병관리>감염병예방', ['감염병예방관리', '예방접종관리'], 'health'),
  ] },
  { code: '6111200', name: '문화본부', type: 'bureau', divisions: [
    d('6111210', '문화정책과', '문화>문화예술>문화정책>문화예술진흥', ['문화예술진흥', '축제및행사운영']),
    d('6111220', '박물관과', '문화>문화예술>박물관>박물관운영', ['박물관운영', '유물관리'], 'curator'),
    d('6111230', '체육정책과', '문화>체육>생활체육>체육진흥', ['생활체육진흥', '체육시설관리']),
  ] },
  { code: '6111300', name: '소방재난본부', type: 'bureau', divisions: [
    d('6111310', '소방행정과', '안전>소방>소방행정>인사ㆍ장비', ['소방공무원인사', '소방장비관리'], 'fire', { teams: ['소방행정팀', '장비관리팀'] }),
    d('6111320', '예방과', '안전>소방>화재예방>소방검사', ['화재예방관리', '소방시설검사'], 'fire'),
    d('6111330', '재난대응과', '안전>소방>재난대응>구조구급', ['재난현장대응', '구조구급관리'], 'fire'),
  ] },
  { code: '6111400', name: '물순환안전국', type: 'bureau', divisions: [
    d('6111410', '물순환정책과', '환경>물관리>물순환>빗물관리', ['빗물관리', '물재이용'], 'environment'),
    d('6111420', '하천관리과', '안전>수방ㆍ치수>하천관리>하천유지', ['하천유지관리', '하천점용허가'], 'facility'),
  ] },
  { code: '6111500', name: '푸른도시국', type: 'bureau', divisions: [
    d('6111510', '조경과', '환경>녹지ㆍ공원>녹지관리>가로수ㆍ녹지', ['가로수관리', '녹지조성'], 'facility'),
    d('6111520', '공원조성과', '환경>녹지ㆍ공원>공원관리>공원조성', ['공원조성관리', '공원시설관리'], 'facility'),
  ] },
  { code: '6111600', name: '감사위원회', type: 'committee', divisions: [
    d('6111610', '감사담당관', '행정>감사>자체감사>감사운영', ['자체감사', '감사결과처리']),
    d('6111620', '조사담당관', '행정>감사>공직감찰>비위조사', ['공직감찰', '비위조사']),
  ] },
  { code: '6111700', name: '상수도사업본부', type: 'field-office', divisions: [
    d('6111710', '요금관리과', '환경>물관리>상수도>수도요금', ['수도요금관리'], 'facility'),
    d('6111720', '급수운영과', '환경>물관리>상수도>급수관리', ['급수공사관리', '수질검사관리'], 'facility'),
  ] },
  { code: '6111800', name: '서울기록원', type: 'field-office', divisions: [], producer: {
    taxonomy: '행정>열린행정>기록관리>기록물보존', tasks: ['기록물보존관리', '기록물열람서비스'], series: 'records',
  } },
];
