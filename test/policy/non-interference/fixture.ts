// Fixtures D and D′ for the non-interference proof: source exports of every record kind that
// differ only in secret values. Each secret slot gets, per variant, a different pseudo-random
// value of a different length (names of 3 vs 4 syllables, phones with 4- vs 3-digit middles …).
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TEMPLATES = new URL('./templates/', import.meta.url);
const ORG_CHART = new URL('../../../data/org_chart/org_chart.csv', import.meta.url);

export type Variant = 0 | 1;

/** A small deterministic generator (mulberry32), seeded per slot so variants stay independent. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES: Record<Variant, readonly string[]> = {
  0: ['김', '이', '박', '최', '정', '강', '조', '윤'],
  1: ['남궁', '황보', '선우', '독고', '제갈', '사공'],
};
const GIVEN = ['민', '서', '준', '지', '하', '윤', '우', '현', '수', '영', '진', '혁', '은', '태'];
const DONGS: Record<Variant, readonly string[]> = {
  0: ['신길동', '상계동', '창동', '면목동'],
  1: ['역삼동', '망원동', '불광동', '화곡동'],
};

function digits(rand: () => number, n: number): string {
  let s = String(1 + Math.floor(rand() * 9));
  while (s.length < n) s += String(Math.floor(rand() * 10));
  return s;
}
const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)]!;

/** One secret of a kind, for a variant. */
export function secret(kind: string, slot: number, variant: Variant): string {
  const rand = prng(slot * 7919 + variant * 104729 + kind.length * 31);
  switch (kind) {
    case 'name':
      return pick(rand, SURNAMES[variant]) + pick(rand, GIVEN) + pick(rand, GIVEN);
    case 'mobile':
      return variant === 0
        ? `010-${digits(rand, 4)}-${digits(rand, 4)}`
        : `011-${digits(rand, 3)}-${digits(rand, 4)}`;
    case 'rrn': {
      const yy = String(60 + Math.floor(rand() * 35));
      const mm = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
      const dd = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
      const tail = `${1 + Math.floor(rand() * 2)}${digits(rand, 6)}`;
      return variant === 0 ? `${yy}${mm}${dd}-${tail}` : `${yy}${mm}${dd}${tail}`;
    }
    case 'plate':
      return variant === 0
        ? `${digits(rand, 2)}러${digits(rand, 4)}`
        : `${digits(rand, 3)}가${digits(rand, 4)}`;
    case 'lot':
      return variant === 0
        ? `${pick(rand, DONGS[0])} ${digits(rand, 3)}-${digits(rand, 2)}`
        : `${pick(rand, DONGS[1])} ${digits(rand, 1)}-${digits(rand, 1)}`;
    case 'email': {
      const letters = 'abcdefghijklmnopqrstuvwxyz';
      const n = variant === 0 ? 5 : 12;
      let local = '';
      for (let i = 0; i < n; i++) local += letters[Math.floor(rand() * letters.length)];
      return `${local}@${variant === 0 ? 'mail.kr' : 'example.co.kr'}`;
    }
    case 'account':
      return variant === 0
        ? `${digits(rand, 6)}-${digits(rand, 2)}-${digits(rand, 6)}`
        : `${digits(rand, 3)}-${digits(rand, 3)}-${digits(rand, 6)}`;
    case 'nid':
      return digits(rand, variant === 0 ? 8 : 9);
    default:
      throw new Error(`no secret kind ${kind}`);
  }
}

const SLOT = /\{\{([a-z]+):(\d+)\}\}/g;

export interface Fixture {
  /** The export folder to ingest. */
  readonly dir: string;
  /** Every secret value written into it. */
  readonly secrets: readonly string[];
}

/** Writes the templates with `variant`'s secrets (plus the sample organisation chart) to `dir`. */
export async function writeFixture(dir: string, variant: Variant): Promise<Fixture> {
  await mkdir(dir, { recursive: true });
  const secrets = new Set<string>();
  for (const name of await readdir(TEMPLATES)) {
    const text = await readFile(new URL(name, TEMPLATES), 'utf8');
    const filled = text.replace(SLOT, (_, kind: string, slot: string) => {
      const value = secret(kind, Number(slot), variant);
      secrets.add(value);
      return value;
    });
    await writeFile(join(dir, name), filled);
  }
  await copyFile(ORG_CHART, join(dir, 'org_chart.csv'));
  return { dir, secrets: [...secrets] };
}
