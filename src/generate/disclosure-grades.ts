// Disclosure grades as the lists spell them (`부분공개(6)`, `비공개(5,6)`), and retention labels.
import type { Rng } from './prng.ts';
import type { Retention } from './task-titles.ts';

export interface Grade {
  readonly base: '공개' | '부분공개' | '비공개';
  /** As published: the grade, sometimes with the Art. 9(1) item numbers. */
  readonly label: string;
}

const ITEMS: readonly (readonly [string, number])[] = [
  ['(6)', 45],
  ['(5)', 25],
  ['(5,6)', 20],
  ['(1)', 4],
  ['(4)', 3],
  ['(7)', 3],
];

/** Documents naming private persons are withheld more often, mostly on item 6. */
export function pickGrade(rng: Rng, personal: boolean): Grade {
  const base = rng.weighted<Grade['base']>(
    personal
      ? [
          ['공개', 30],
          ['부분공개', 45],
          ['비공개', 25],
        ]
      : [
          ['공개', 74],
          ['부분공개', 13],
          ['비공개', 13],
        ],
  );
  if (base === '공개' || !rng.chance(0.5)) return { base, label: base };
  const items = personal && rng.chance(0.7) ? '(6)' : rng.weighted(ITEMS);
  return { base, label: `${base}${items}` };
}

const RETENTIONS: readonly Retention[] = ['1년', '3년', '5년', '10년', '30년', '준영구', '영구'];

/** The task's usual retention period, occasionally a neighbouring one. */
export function pickRetention(rng: Rng, usual: Retention): Retention {
  if (!rng.chance(0.15)) return usual;
  const at = RETENTIONS.indexOf(usual);
  const shifted =
    RETENTIONS[Math.min(RETENTIONS.length - 1, Math.max(0, at + (rng.chance(0.5) ? 1 : -1)))];
  return shifted ?? usual;
}
