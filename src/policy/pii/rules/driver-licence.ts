// Driver's licence numbers: NN-NN-NNNNNN-NN next to the cue 면허, or with a region name (서울 12-…).
import { cueBefore, HYPHEN, NUM_END, NUM_START, type PiiRule } from '../rule.ts';

const REGIONS =
  '서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종';
const NUMERIC = new RegExp(
  `${NUM_START}(?:1[1-9]|2[0-8])${HYPHEN}\\d{2}${HYPHEN}\\d{6}${HYPHEN}\\d{2}${NUM_END}`,
  'g',
);
const REGIONAL = new RegExp(`(?:${REGIONS}) ?\\d{2}${HYPHEN}\\d{6}${HYPHEN}\\d{2}${NUM_END}`, 'g');
const PLAIN = new RegExp(`${NUM_START}(?:1[1-9]|2[0-8])\\d{10}${NUM_END}`, 'g');
const CUE = /면허|운전|licen[cs]e/i;

export const driverLicenceRule: PiiRule = {
  name: 'driver-licence',
  needs: 'digits',
  scan({ text }, emit) {
    if (!text.includes('-') && !CUE.test(text)) return;
    for (const m of text.matchAll(REGIONAL)) {
      emit({
        kind: 'driver-licence',
        start: m.index,
        end: m.index + m[0].length,
        confidence: 'high',
        rule: 'driver-licence/region',
      });
    }
    if (!CUE.test(text)) return;
    for (const [pattern, confidence] of [
      [NUMERIC, 'high'],
      [PLAIN, 'medium'],
    ] as const) {
      for (const m of text.matchAll(pattern)) {
        if (!cueBefore(text, m.index, CUE, 24)) continue;
        emit({
          kind: 'driver-licence',
          start: m.index,
          end: m.index + m[0].length,
          confidence,
          rule: 'driver-licence/context',
        });
      }
    }
  },
};
