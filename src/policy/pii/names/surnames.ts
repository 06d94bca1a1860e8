// Korean surnames: the ~100 most common single-syllable ones and the usual two-syllable ones.

/**
 * Very rare surnames that are also everyday syllables (사, 부, 가, 시, 상, 수, 대, 어 …) are left
 * out on purpose: they would turn ordinary words (사업, 부서, 가족) into name candidates.
 */
export const SURNAMES: ReadonlySet<string> = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진',
  ...'나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국은편용예',
  ...'경봉복태목형피두감호',
]);

export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '남궁',
  '황보',
  '제갈',
  '선우',
  '독고',
  '사공',
  '서문',
]);

/**
 * Syllables Korean given names are made of (modern and older ones: 서연, 민준, 말순, 갑돌). A
 * candidate built of other syllables (주거비, 유형별) needs two context signals to count.
 */
export const COMMON_GIVEN: ReadonlySet<string> = new Set([
  ...('가갑건결겸경광규균근기길끝나난남다담대덕도동라란람리린림만말명미민범병보복봉분비빈빛' +
    '삼상새샘서석선설섭성세소솔송수숙순슬승시식아안애여연영예옥온완용우욱운웅원유윤율은인일' +
    '자재정종주준지진찬창채철춘태택판필하학한해향헌혁현형혜호화환효후훈휘희'),
]);
