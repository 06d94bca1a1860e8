// Spine policies 1–11: care, climate, air, transport, housing, youth, elders, safety, culture, open government, water.
import {
  AFTER_REORG,
  BEFORE_REORG,
  D,
  pol,
  prg,
  prj,
  TERM,
  type PolicySpec,
} from './policy-spec.ts';

// prettier-ignore
export const POLICIES_PEOPLE: readonly PolicySpec[] = [
  pol(1, '아이 키우기 좋은 서울', 'A child-friendly Seoul', D.family, TERM, [
    prg('국공립어린이집 확충 1단계', 'Public daycare expansion, phase 1', D.childcareOld, ['080', '084'], [
      prj('국공립어린이집 신규 설치', 'New public daycare centres', ['보육시설운영지원'], { details: ['국공립어린이집 신축', '국공립어린이집 리모델링'] }),
      prj('어린이집 보육료 지원', 'Daycare fee support', ['보육료지원']),
    ], { period: BEFORE_REORG }),
    prg('국공립어린이집 확충 2단계', 'Public daycare expansion, phase 2', D.childcareNew, ['080', '084'], [
      prj('서울형 어린이집 운영 지원', 'Seoul-certified daycare operating support', ['보육시설운영지원']),
      prj('부모 보육료 부담 경감', 'Reducing parents’ daycare costs', ['보육료지원']),
      prj('서울형 키즈카페 조성', 'Seoul kids cafés', ['보육시설운영지원'], { period: { from: '2024-03-01', to: '2026-06-30' } }),
    ], { period: AFTER_REORG }),
    prg('아동학대 예방과 가족 지원', 'Child-abuse prevention and family support', D.family, ['080', '084'], [
      prj('아동학대 예방 통합 지원', 'Integrated child-abuse prevention', ['아동학대예방']),
      prj('가족센터 운영', 'Family centres', ['가족지원정책']),
    ]),
  ]),
  pol(2, '기후위기 대응 에너지 전환', 'Energy transition against the climate crisis', D.climatePolicy, TERM, [
    prg('신재생에너지 보급 1단계', 'Renewable energy roll-out, phase 1', D.greenEnergyOld, ['070', '076'], [
      prj('태양광 보급 지원', 'Solar panel subsidies', ['신재생에너지보급']),
      prj('건물 에너지 효율화 융자', 'Building energy-retrofit loans', ['건물에너지효율화']),
    ], { period: BEFORE_REORG }),
    prg('신재생에너지 보급 2단계', 'Renewable energy roll-out, phase 2', D.climateActionNew, ['070', '076'], [
      prj('공공건물 태양광 설치', 'Solar on public buildings', ['신재생에너지보급']),
      prj('건물 온실가스 총량제 시범', 'Building greenhouse-gas cap pilot', ['건물에너지효율화']),
    ], { period: AFTER_REORG }),
    prg('기후변화 대응 계획', 'Climate action planning', D.climatePolicy, ['070', '076'], [
      prj('기후변화 적응대책 수립', 'Climate adaptation plan', ['기후변화대응']),
      prj('환경영향평가 운영', 'Environmental impact assessment', ['환경영향평가']),
    ]),
  ]),
  pol(3, '맑은 하늘 서울', 'Clean air for Seoul', D.airQuality, TERM, [
    prg('미세먼지 저감', 'Fine-dust reduction', D.airQuality, ['070', '073'], [
      prj('미세먼지 계절관리제 운영', 'Seasonal fine-dust management', ['미세먼지저감대책']),
      prj('도로 재비산먼지 집중 청소', 'Road dust cleaning', ['대기질개선']),
    ]),
    prg('친환경 자동차 전환', 'Switching to clean vehicles', D.airQuality, ['070', '073'], [
      prj('노후 경유차 저공해 조치 지원', 'Low-emission retrofits for old diesel vehicles', ['저공해차량지원']),
      prj('전기차 구매 보조', 'Electric-vehicle purchase grants', ['저공해차량지원'], { details: ['전기승용차 구매 보조', '전기화물차 구매 보조'] }),
    ]),
  ]),
  pol(4, '편리한 대중교통', 'Convenient public transport', D.bus, { from: '2021-01-01', to: '2025-12-31' }, [
    prg('시내버스 준공영제', 'Semi-public city bus system', D.bus, ['120', '126'], [
      prj('시내버스 재정 지원', 'City bus operating subsidies', ['시내버스운영관리']),
      prj('심야버스 노선 운영', 'Night bus routes', ['버스노선관리']),
    ], { account: 'transport' }),
    prg('교통정책 수립', 'Transport policy', D.transportPolicy, ['120', '126'], [
      prj('도시교통기본계획 수립', 'Urban transport master plan', ['교통정책수립']),
      prj('기후동행카드 운영', 'Climate companion pass', ['교통정책수립'], { period: { from: '2024-01-27', to: '2025-12-31' } }),
      prj('교통영향평가 운영', 'Traffic impact assessment', ['교통영향평가']),
    ], { account: 'transport' }),
    prg('택시·물류 운송 관리', 'Taxi and freight transport', D.taxiFreight, ['120', '126'], [
      prj('택시 서비스 개선', 'Better taxi service', ['택시운송사업관리']),
      prj('도시 물류 관리', 'Urban freight management', ['화물운송관리']),
    ], { account: 'transport' }),
  ]),
  pol(5, '주거 안정', 'Housing stability', D.housingPolicy, TERM, [
    prg('공공임대주택 공급', 'Public rental housing', D.publicHousing, ['080', '088'], [
      prj('청년 안심주택 공급', 'Safe homes for young people', ['공공주택공급']),
      prj('노후 임대주택 시설 개선', 'Renovating old rental housing', ['임대주택관리']),
    ], { account: 'housing' }),
    prg('공동주택 관리 지원', 'Apartment-complex management support', D.housingPolicy, ['080', '088'], [
      prj('공동주택 관리 지원', 'Support for apartment management', ['공동주택관리']),
      prj('주거종합계획 수립', 'Comprehensive housing plan', ['주택정책수립']),
    ], { account: 'housing' }),
    prg('건축물 안전', 'Building safety', D.building, ['140', '142'], [
      prj('건축 인허가 관리', 'Building permits', ['건축허가관리']),
      prj('노후 건축물 안전점검', 'Safety checks of old buildings', ['건축물안전관리']),
    ]),
  ]),
  pol(6, '청년 일자리', 'Jobs for young people', D.jobs, TERM, [
    prg('청년 취업 지원', 'Youth employment support', D.jobs, ['080', '086'], [
      prj('청년 인턴 직무캠프', 'Youth internship camps', ['청년일자리지원']),
      prj('청년 취업사관학교', 'Youth job academy', ['청년일자리지원']),
    ]),
    prg('일자리 창출', 'Job creation', D.jobs, ['080', '086'], [
      prj('서울형 뉴딜일자리', 'Seoul New Deal jobs', ['일자리창출지원']),
      prj('사회적경제 일자리', 'Social-economy jobs', ['일자리창출지원']),
    ]),
  ]),
  pol(7, '어르신 돌봄', 'Care for older residents', D.seniorWelfare, TERM, [
    prg('어르신 일자리', 'Jobs for older residents', D.seniorWelfare, ['080', '085'], [
      prj('노인 일자리 및 사회활동 지원', 'Senior jobs and social activities', ['노인일자리지원']),
      prj('어르신 취업지원센터 운영', 'Senior employment centres', ['노인일자리지원']),
    ]),
    prg('경로당 운영 지원', 'Senior centre support', D.seniorWelfare, ['080', '085'], [
      prj('경로당 운영비 지원', 'Senior centre running costs', ['경로당운영지원']),
      prj('경로당 냉난방비 지원', 'Senior centre heating and cooling', ['경로당운영지원']),
    ]),
  ]),
  pol(8, '안전한 도시', 'A safe city', D.safety, TERM, [
    prg('재난안전 관리', 'Disaster safety management', D.safety, ['020', '025'], [
      prj('재난안전대책본부 운영', 'Disaster safety headquarters', ['재난안전관리']),
      prj('취약시설 안전점검', 'Safety inspections of vulnerable facilities', ['안전점검관리']),
    ]),
    prg('도로·교량 안전', 'Road and bridge safety', D.bridges, ['120', '121'], [
      prj('교량 내진 보강', 'Seismic retrofitting of bridges', ['교량유지관리']),
      prj('터널 정밀안전진단', 'Tunnel safety diagnosis', ['터널안전관리']),
      prj('도로 포장 유지보수', 'Road surface maintenance', ['도로유지보수', '도로굴착관리', '도로점용허가'], { dept: D.roads }),
    ]),
  ]),
  pol(9, '문화가 흐르는 서울', 'Seoul, a city of culture', D.culture, TERM, [
    prg('문화예술 진흥', 'Arts promotion', D.culture, ['060', '061'], [
      prj('문화예술 지원사업 공모', 'Open calls for arts grants', ['문화예술진흥']),
      prj('서울거리예술축제', 'Seoul street arts festival', ['축제및행사운영']),
    ]),
    prg('박물관 운영', 'Museums', D.museums, ['060', '064'], [
      prj('역사박물관 기획전시', 'History museum exhibitions', ['박물관운영'], { fn: ['060', '061'] }),
      prj('유물 구입 및 보존처리', 'Acquisition and conservation of artefacts', ['유물관리']),
    ]),
    prg('생활체육 활성화', 'Everyday sport', D.sports, ['060', '063'], [
      prj('생활체육 프로그램 운영', 'Community sport programmes', ['생활체육진흥']),
      prj('공공체육시설 개보수', 'Renovating public sports facilities', ['체육시설관리']),
    ]),
  ]),
  pol(10, '열린 시정·디지털 행정', 'Open and digital government', D.disclosure, { from: '2023-01-01', to: '2026-12-31' }, [
    prg('정보공개 확대', 'More open information', D.disclosure, ['010', '016'], [
      prj('정보소통광장 운영', 'Information communication plaza', ['정보공개제도운영']),
      prj('기록물 정리 및 이관', 'Records arrangement and transfer', ['기록물관리']),
    ]),
    prg('기록 보존과 열람', 'Records preservation and access', D.archives, ['010', '016'], [
      prj('기록물 보존 처리', 'Records preservation', ['기록물보존관리']),
      prj('기록 열람 서비스', 'Records reading room', ['기록물열람서비스']),
    ]),
    prg('민원 서비스 혁신', 'Better citizen petitions', D.civilPetitions, ['010', '016'], [
      prj('민원제도 개선', 'Petition system improvement', ['민원제도운영']),
      prj('고충민원 처리', 'Grievance handling', ['고충민원처리']),
    ]),
  ]),
  pol(11, '건강한 물순환', 'A healthy water cycle', D.rivers, { from: '2019-01-01', to: '2028-12-31' }, [
    prg('하천 정비', 'River improvement', D.rivers, ['140', '141'], [
      prj('도시하천 생태 정비', 'Ecological river restoration', ['하천유지관리']),
      prj('하천 점용 관리', 'River occupancy permits', ['하천점용허가']),
    ]),
    prg('빗물 관리와 물 재이용', 'Rainwater and water reuse', D.waterCycle, ['070', '071'], [
      prj('빗물 저류시설 설치', 'Rainwater retention', ['빗물관리']),
      prj('중수도 물 재이용', 'Grey-water reuse', ['물재이용']),
    ]),
    prg('안심 수돗물', 'Safe tap water', D.waterSupply, ['070', '071'], [
      prj('수돗물 수질검사', 'Tap-water quality testing', ['수질검사관리']),
      prj('노후 급수관 교체', 'Replacing old service pipes', ['급수공사관리']),
      prj('수도요금 관리 개선', 'Water billing', ['수도요금관리'], { dept: D.waterBilling }),
    ], { account: 'water' }),
  ]),
];
