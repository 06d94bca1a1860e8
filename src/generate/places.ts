// Invented place, business and contact details for titles and expense lines, masked or not.
import type { Rng } from './prng.ts';

// prettier-ignore
export const DISTRICTS = [
  '종로구', '중구', '용산구', '성동구', '광진구', '동대문구', '중랑구', '성북구', '강북구',
  '도봉구', '노원구', '은평구', '서대문구', '마포구', '양천구', '강서구', '구로구', '금천구',
  '영등포구', '동작구', '관악구', '서초구', '강남구', '송파구', '강동구',
] as const;

// prettier-ignore
const NEIGHBOURHOODS = [
  '신길동', '대림동', '상계동', '창동', '번동', '미아동', '면목동', '망우동', '장안동', '답십리동',
  '행당동', '성수동', '자양동', '구의동', '신림동', '봉천동', '사당동', '상도동', '목동', '신정동',
  '화곡동', '등촌동', '불광동', '응암동', '연희동', '망원동', '합정동', '방배동', '잠실동', '천호동',
] as const;

// prettier-ignore
const NAME_STEMS = ['산성', '한빛', '푸른', '새솔', '다온', '늘봄', '한울', '미래', '정원', '누리', '솔빛', '태양', '한강', '은하'] as const;
const PLATE_LETTERS = [...'가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주'];

export function neighbourhood(rng: Rng): string {
  return rng.pick(NEIGHBOURHOODS);
}

/** A lot number, `151-12`, or masked `148-**` (titles write it after the 동: `신길동 151-12`). */
export function lotNumber(rng: Rng, masked: boolean): string {
  return `${rng.int(1, 999)}-${masked ? '**' : String(rng.int(1, 99))}`;
}

/** A private car plate, `24러5122`; masked ones keep only the letters: `24러****`. */
export function vehiclePlate(rng: Rng, masked: boolean): string {
  const front = rng.chance(0.7) ? String(rng.int(10, 99)) : String(rng.int(100, 399));
  return `${front}${rng.pick(PLATE_LETTERS)}${masked ? '****' : rng.digits(4)}`;
}

/** A mobile number in the unassigned 010-0xxx block: clearly invented. */
export function mobileNumber(rng: Rng): string {
  return `010-0${rng.digits(3)}-${rng.digits(4)}`;
}

/** A building: `한빛빌딩`, or masked `**빌딩`. */
export function buildingName(rng: Rng, masked: boolean): string {
  return `${masked ? '**' : rng.pick(NAME_STEMS)}${rng.pick(['빌딩', '타워', '프라자'])}`;
}

/** An establishment name in 『』, as some titles carry it: `『산성어린이집』` or masked `『산성OO』`. */
export function establishment(rng: Rng, kind: string, masked: boolean): string {
  return `『${rng.pick(NAME_STEMS)}${masked ? 'OO' : kind}』`;
}

/** A company with the ㈜ sign, as procurement titles write it. */
export function companyName(rng: Rng): string {
  const stem = rng.pick(NAME_STEMS);
  const suffix = rng.pick(['건설', '엔지니어링', '정보통신', '환경', '산업', '시스템즈', '기술']);
  return rng.chance(0.6) ? `㈜${stem}${suffix}` : `${stem}${suffix}㈜`;
}

// prettier-ignore
const SHOPS = [
  '소담정', '한가람', '무교동낙지', '다동칼국수', '명동할매국수', '시청앞설렁탕', '을지면옥',
  '서소문갈비', '정동국밥', '북창동순두부', '세종한정식', '청계천돈까스', '카페 온기', '카페 서울숲',
  '덕수궁돌담길', '남대문닭곰탕', '광화문집', '백년초밥', '정담한식뷔페', '한우마당',
] as const;

// prettier-ignore
const STREETS = [
  '중구 무교로', '중구 다동길', '중구 세종대로', '중구 을지로', '중구 서소문로', '중구 남대문로',
  '종로구 종로', '종로구 새문안로', '중구 명동8길', '중구 정동길', '종로구 청계천로',
] as const;

/** Where an expense was made: shop name with street address, `다동칼국수(중구 다동길 24)`. */
export function shopWithAddress(rng: Rng): string {
  const shop = rng.pick(SHOPS);
  const address = `${rng.pick(STREETS)} ${rng.int(1, 180)}`;
  return rng.chance(0.8) ? `${shop}(${address})` : `${shop} 서울특별시 ${address}`;
}

/** A district-level location, for titles: `마포구 합정동`. */
export function districtName(rng: Rng): string {
  return rng.pick(DISTRICTS);
}
