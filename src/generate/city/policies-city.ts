// Spine policies 12–22: parks, waste, health, disability, economy, fire, equality, welfare, parking, finance, administration.
import { D, pol, prg, prj, TERM, type PolicySpec } from './policy-spec.ts';

// prettier-ignore
export const POLICIES_CITY: readonly PolicySpec[] = [
  pol(12, '정원도시 서울', 'Seoul, a garden city', D.parks, TERM, [
    prg('생활권 공원 조성', 'Neighbourhood parks', D.parks, ['070', '074'], [
      prj('생활권 공원 신규 조성', 'New neighbourhood parks', ['공원조성관리']),
      prj('공원시설 정비', 'Park facility upkeep', ['공원시설관리']),
    ]),
    prg('도시 녹화', 'Greening the city', D.landscape, ['070', '074'], [
      prj('가로수 관리', 'Street trees', ['가로수관리']),
      prj('정원도시 녹지 조성', 'Garden-city green spaces', ['녹지조성']),
    ]),
  ]),
  pol(13, '자원순환 도시', 'A circular-economy city', D.resourceCirculation, TERM, [
    prg('생활폐기물 관리', 'Household waste', D.resourceCirculation, ['070', '072'], [
      prj('자원회수시설 운영', 'Resource recovery plants', ['생활폐기물관리']),
      prj('음식물 폐기물 감량', 'Food-waste reduction', ['생활폐기물관리']),
    ]),
    prg('재활용 촉진', 'Recycling', D.resourceCirculation, ['070', '072'], [
      prj('1회용품 줄이기', 'Cutting single-use items', ['재활용촉진']),
      prj('재활용 선별장 현대화', 'Modernising sorting plants', ['재활용촉진']),
    ]),
  ]),
  pol(14, '시민 건강 서울', 'Healthy Seoul', D.publicHealth, TERM, [
    prg('공공보건의료 강화', 'Public health care', D.publicHealth, ['090', '091'], [
      prj('공공병원 기능 강화', 'Strengthening public hospitals', ['공공보건의료']),
      prj('응급의료체계 구축', 'Emergency medical system', ['응급의료관리']),
    ]),
    prg('감염병 대응', 'Infectious diseases', D.infectiousDisease, ['090', '091'], [
      prj('감염병 예방 관리', 'Infection prevention', ['감염병예방관리']),
      prj('예방접종 지원', 'Vaccination support', ['예방접종관리']),
    ]),
    prg('먹거리 안전', 'Food safety', D.foodSafety, ['090', '093'], [
      prj('식품위생 점검', 'Food hygiene inspections', ['식품위생관리']),
      prj('음식점 위생등급제', 'Restaurant hygiene grades', ['음식점위생등급관리']),
    ]),
  ]),
  pol(15, '장애인 자립 지원', 'Independent living for disabled people', D.disabilityWelfare, TERM, [
    prg('장애인 활동지원', 'Personal assistance', D.disabilityWelfare, ['080', '082'], [
      prj('장애인 활동지원 급여', 'Personal assistance allowance', ['장애인활동지원']),
      prj('최중증 장애인 24시간 활동지원', '24-hour assistance for the most severely disabled', ['장애인활동지원']),
    ]),
    prg('장애인 시설과 탈시설', 'Facilities and deinstitutionalisation', D.disabilityWelfare, ['080', '082'], [
      prj('장애인 거주시설 운영', 'Residential facilities', ['장애인시설운영지원']),
      prj('탈시설 자립 정착 지원', 'Settling into independent living', ['장애인시설운영지원']),
    ]),
  ]),
  pol(16, '민생경제 활력', 'A lively local economy', D.economicPolicy, TERM, [
    prg('소상공인 지원', 'Small-business support', D.smallBusiness, ['140', '142'], [
      prj('소상공인 경영안정 지원', 'Small-business stabilisation', ['소상공인지원']),
      prj('전통시장 시설 현대화', 'Modernising traditional markets', ['전통시장활성화']),
    ]),
    prg('투자 유치와 산업 진흥', 'Investment and industry', D.economicPolicy, ['140', '142'], [
      prj('경제정책 기본계획', 'Economic policy master plan', ['경제정책수립']),
      prj('외국인 투자 유치', 'Attracting foreign investment', ['투자유치']),
    ]),
  ]),
  pol(17, '화재 없는 안전 서울', 'Fire-safe Seoul', D.firePrevention, TERM, [
    prg('화재 예방', 'Fire prevention', D.firePrevention, ['020', '026'], [
      prj('주택용 소방시설 보급', 'Home fire equipment', ['화재예방관리']),
      prj('다중이용업소 소방검사', 'Fire inspections of crowded venues', ['소방시설검사']),
    ]),
    prg('구조구급 역량 강화', 'Rescue and ambulance capacity', D.disasterResponse, ['020', '026'], [
      prj('119 구급대 운영', '119 ambulance crews', ['구조구급관리']),
      prj('재난현장 대응 장비 확충', 'Disaster response equipment', ['재난현장대응']),
    ]),
    prg('소방력 보강', 'Fire service resources', D.fireAdministration, ['020', '026'], [
      prj('소방공무원 충원', 'Recruiting firefighters', ['소방공무원인사']),
      prj('소방장비 현대화', 'Modern fire equipment', ['소방장비관리']),
    ]),
  ]),
  pol(18, '성평등 도시', 'A gender-equal city', D.womenPolicy, TERM, [
    prg('성평등 문화 확산', 'Gender-equality culture', D.womenPolicy, ['080', '084'], [
      prj('성평등 교육', 'Gender-equality education', ['양성평등정책']),
      prj('성별영향평가', 'Gender impact assessment', ['양성평등정책']),
    ]),
    prg('여성 일자리', 'Jobs for women', D.womenPolicy, ['080', '084'], [
      prj('여성새로일하기센터 운영', 'Women’s re-employment centres', ['여성일자리지원']),
      prj('여성 창업 지원', 'Women’s start-ups', ['여성일자리지원']),
    ]),
  ]),
  pol(19, '서울형 복지 안전망', 'Seoul’s welfare safety net', D.welfarePlanning, TERM, [
    prg('복지정책 기반', 'Welfare policy groundwork', D.welfarePlanning, ['080', '089'], [
      prj('지역사회보장계획 수립', 'Community social-security plan', ['복지정책수립']),
      prj('사회복지시설 운영 지원', 'Social-welfare facility support', ['사회복지시설지원']),
    ]),
    prg('기초생활 보장', 'Basic livelihood security', D.selfSufficiency, ['080', '081'], [
      prj('생계급여 지원', 'Livelihood benefits', ['기초생활보장']),
      prj('서울형 기초보장', 'Seoul basic security', ['기초생활보장']),
    ]),
    prg('자활 지원', 'Self-sufficiency', D.selfSufficiency, ['080', '081'], [
      prj('자활근로 사업', 'Self-sufficiency work', ['자활사업지원']),
      prj('자활기업 육성', 'Self-sufficiency enterprises', ['자활사업지원']),
    ]),
  ]),
  pol(20, '주차 질서 확립', 'Orderly parking', D.parking, TERM, [
    prg('공영주차 확충', 'More public parking', D.parking, ['120', '126'], [
      prj('공영주차장 건립', 'Building public car parks', ['주차장관리']),
      prj('거주자 우선주차 운영', 'Resident priority parking', ['주차장관리']),
    ], { account: 'transport' }),
    prg('불법 주정차 단속', 'Illegal parking enforcement', D.parking, ['120', '126'], [
      prj('무인 단속카메라 운영', 'Enforcement cameras', ['불법주정차단속']),
      prj('견인 차량 운영', 'Towing', ['불법주정차단속']),
    ], { account: 'transport' }),
  ]),
  pol(21, '건전 재정', 'Sound public finances', D.budget, TERM, [
    prg('예산 편성과 집행', 'Budgeting and execution', D.budget, ['010', '014'], [
      prj('예산 편성 운영', 'Budget preparation', ['예산편성관리']),
      prj('재정 집행 관리', 'Budget execution monitoring', ['예산집행관리']),
    ]),
    prg('세입 확충', 'Revenue', D.taxPolicy, ['010', '014'], [
      prj('지방세 부과 관리', 'Local tax assessment', ['지방세부과관리']),
      prj('세무조사 운영', 'Tax audits', ['세무조사관리']),
      prj('체납세 징수', 'Collecting tax arrears', ['체납세징수'], { dept: D.taxCollection }),
    ]),
    prg('계약과 공유재산', 'Contracts and public property', D.finance, ['010', '014'], [
      prj('계약 제도 운영', 'Public procurement', ['계약관리']),
      prj('공유재산 관리', 'Public property', ['공유재산관리']),
    ]),
  ]),
  pol(22, '일 잘하는 청렴 시정', 'Effective and clean city government', D.planning, TERM, [
    prg('시정 계획과 평가', 'City planning and evaluation', D.planning, ['010', '016'], [
      prj('시정 주요업무계획 수립', 'Annual work plan', ['시정주요업무계획']),
      prj('시정 성과평가', 'Performance evaluation', ['시정성과평가관리']),
    ]),
    prg('조직과 인사 운영', 'Organisation and staff', D.organisation, ['010', '016'], [
      prj('조직진단 및 정원 관리', 'Organisation review and staffing', ['조직관리', '정원관리']),
      prj('공무원 인사 운영', 'Civil-service personnel', ['인사운영', '복무관리', '포상관리'], { dept: D.personnel }),
      prj('청사 관리 운영', 'City hall facilities', ['청사관리', '관용차량관리', '당직및비상근무관리'], { dept: D.generalAffairs }),
    ]),
    prg('자치분권과 청렴', 'Local autonomy and integrity', D.audit, ['010', '016'], [
      prj('자치구 협력과 주민자치', 'Districts and residents’ self-government', ['자치구협력', '주민자치지원'], { dept: D.localAutonomy, fn: ['010', '013'] }),
      prj('자체감사 운영', 'Internal audit', ['자체감사', '감사결과처리']),
      prj('공직감찰', 'Integrity inspections', ['공직감찰', '비위조사'], { dept: D.inspection }),
    ]),
    prg('법무 지원', 'Legal affairs', D.legal, ['010', '016'], [
      prj('소송 수행', 'Litigation', ['소송사무관리']),
      prj('자치법규 심사', 'Review of local regulations', ['자치법규심사']),
    ]),
  ]),
];
