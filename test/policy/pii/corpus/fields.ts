// Field-specific strings: office contacts, expense places, purposes, participants, report
// authors and officials' bylines, as the public_list, expense_list and research_list write them.
import { section, type CorpusEntry } from './markup.ts';

/** `telno`: office numbers (found, rule phone/office-exchange), and the odd private number. */
const CONTACT = [
  '⟦tel:02-2133-5000⟧',
  '⟦tel:2133-2386⟧',
  '⟦tel:2133-3221⟧',
  '⟦tel:02-2133-4880⟧',
  '⟦tel:02)2133-2287⟧',
  '(⟦tel:02) 2133-4060⟧',
  '⟦tel:02 2133 4414⟧',
  '⟦tel:2133-5235⟧, ⟦tel:2133-5236⟧',
  '⟦tel:02-3707-9400⟧',
  '⟦tel:2155-0123⟧',
  '⟦tel:010-0385-2291⟧',
  '⟦tel:070-4412-0983⟧',
  '⟦tel:0505-123-4567⟧',
  '⟦tel:080-023-5000⟧',
  '⟦tel:+82-2-2133-5000⟧',
  '팩스 ⟦tel:02-2133-0712⟧',
  '⟦tel:1588-0120⟧',
  ' ⟦tel:2133-4060⟧ ',
  '⟦tel:031-8008-2235⟧',
  '⟦tel:051.888.1234⟧',
];

/** `exec_loc`: a shop with its business address is public; a private home is not. */
const PLACE = [
  '한가람(중구 남대문로 115) ',
  '  광화문집(중구 무교로 78)  ',
  '다동칼국수(종로구 청계천로 51)',
  '명동할매국수(중구 서소문로 115)',
  '카페 서울숲(종로구 새문안로 135)',
  '정담한식뷔페 서울특별시 중구 을지로 83',
  '북창동순두부(중구 다동길 88)',
  '세종한정식(중구 명동8길 12)',
  '덕수궁돌담길(종로구 종로 126)',
  '을지면옥(중구 충무로 14-3)',
  '무교동낙지(중구 무교동 45-2)',
  '시청앞설렁탕 중구 태평로1가 31-1',
  '정동국밥(종로구 종로 49)',
  '소담정(중구 세종대로 157)',
  '간담회 장소: 위원 자택(도봉구 ⟦street:방학로 12길 34⟧)',
  '퇴직 직원 댁 방문(⟦lot:응암동 17-52⟧)',
  '유가족 자택(⟦lot:상도동 210-15⟧) 조문',
  '거주지 ⟦street:은평로 21-7⟧ 방문 면담',
];

/** `exec_purpose` and similar short purposes. */
const PURPOSE = [
  '공공주택공급 현장점검 후 관계자 간담회',
  '야근 직원 격려 급식',
  '부서 현안업무 추진 직원 격려 급식',
  '임대주택관리 관련 자문위원 간담회',
  '시정 현안 업무협의 간담회',
  '관용차량관리 유공 직원 격려 ',
  '수질검사관리 추진 관계기관 간담회',
  '퇴직 공무원 ⟦name:김정훈⟧ 조의금',
  '민원인 ⟦name:최수빈⟧ 면담 다과 구입',
  '故 ⟦name:이동현⟧ 주무관 조의 화환',
  '자원봉사자 ⟦name:한지민⟧ 외 4명 격려 급식',
  '명예시민 ⟦name:조윤서⟧ 님 초청 오찬',
  '유공 시민 ⟦name:송민호⟧ 씨 표창 기념품',
  '경로당 어르신 위문 간식',
  '주민 공청회 참석자 다과',
];

/** `target_nm`: officials and others with head counts. */
const PARTICIPANTS = [
  '행정주무관 ⟦name:문다은⟧외 3명',
  '자문위원 ⟦name:류예지⟧ 등 6명',
  '자문위원 ⟦name:주세진⟧ 등 7명',
  '행정주사 ⟦name:이지훈⟧ 외 20명',
  '행정주무관 ⟦name:김세진⟧ 외 7명',
  '행정사무관 ⟦name:장영은⟧외 2명',
  '행정주무관 ⟦name:하주원⟧외 24명',
  '행정주무관 ⟦name:백건우⟧외 3명',
  '소방위 ⟦name:김희준⟧외 8명',
  '소방장 ⟦name:오태윤⟧ 외 5명',
  '환경주사 ⟦name:김유진⟧외 4명',
  '사회복지주사 ⟦name:황승현⟧ 외 11명',
  '학예연구사 ⟦name:남보람⟧외 2명',
  '기록연구사 ⟦name:심가영⟧ 외 3명',
  '민간위원 ⟦name:손예준⟧ 외 3명',
  '시민 ⟦name:염지우⟧ 등 15명',
  '변호사 ⟦name:도하윤⟧ 등 3명',
  '⟦name:김민준⟧, ⟦name:이서윤⟧, ⟦name:박지호⟧',
  '⟦name:정하은⟧ㆍ⟦name:최도윤⟧ 외 2명',
  '상수도사업본부 직원 5명',
  '관계기관 직원 등 5명',
  '주택정책실 직원 13명',
  '자문위원 등 8명',
  '간담회 참석자 12명',
  '직원 7명',
  '공공주택과 직원 등 4명',
  '관계기관 및 민간전문가 9명',
];

/** research_list `writer`: report authors. */
const AUTHORS = [
  '⟦name:박창민⟧외8',
  '⟦name:김영은⟧ 등',
  '⟦name:이수진⟧ 외 3인',
  '⟦name:유세진⟧, ⟦name:심소연⟧',
  '⟦name:이수빈⟧외2',
  '⟦name:이민재⟧ 등',
  '⟦name:이태희⟧ 등',
  '⟦name:안예린⟧외8',
  '⟦name:최동훈⟧',
  '⟦name:한상우⟧, ⟦name:오지현⟧',
  '⟦name:서준호⟧ 외 2인',
  '서울연구원',
  '서울연구원 도시공간연구실',
  '한국행정연구원 외',
  '서울시립대학교 산학협력단',
  '기획조정실 기획담당관',
];

/** `writer`: the responsible official's byline — public by law, never a finding. */
const BYLINES = [
  '행정주무관 박서연',
  '행정주사 황정훈',
  '세무주무관 허다인',
  '환경사무관 허혜진',
  '사회복지주사 황승현',
  '소방경 이영은',
  '토목주사 임서준',
  '주무관 김○○',
  '과장 이민호',
  '행정사무관 손세진',
  '기록연구사 전가영',
  '학예연구관 우민재',
  '시설사무관 정미경',
  '행정주사보 신한결',
  '보건주무관 구다인',
];

export const FIELD_ENTRIES: readonly CorpusEntry[] = [
  ...section('contact', { field: 'contact' }, CONTACT),
  ...section('place', { field: 'place' }, PLACE),
  ...section('purpose', { field: 'purpose' }, PURPOSE),
  ...section('participants', { field: 'participants' }, PARTICIPANTS),
  ...section('authors', { field: 'authors' }, AUTHORS),
  ...section('official', { field: 'official' }, BYLINES),
  ...section('official/known', { field: 'title', officialNames: ['박서연'] }, [
    '행정주무관 박서연 국외출장 결과 보고',
    '박서연 주무관 교육 이수 결과',
  ]),
];
