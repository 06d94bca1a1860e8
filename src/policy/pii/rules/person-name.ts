// Personal names in context: a surname plus one or two syllables, AND a signal around it
// (a citizen's role, an honorific, "외 N명", parentheses in a title, a list of participants).
import { hangulTokens, type HangulToken } from '../names/hangul-tokens.ts';
import {
  fieldList,
  parenthesized,
  prefixSignal,
  suffixSignal,
  type Glued,
  type Signal,
} from '../names/signals.ts';
import { NOT_NAMES } from '../names/stopwords.ts';
import { COMMON_GIVEN, COMPOUND_SURNAMES, SURNAMES } from '../names/surnames.ts';
import type { PiiRule, ScanInput } from '../rule.ts';

/** Last syllables of nouns, almost never of given names (…회, …과, …구, …장). */
const NEVER_LAST = new Set([
  ...'관소청당단회들료권과팀실처층점률량법령장구군시로길부급액금물품업직체사역차별',
]);
/** Last syllables that are rare in names but common in place and plan words: need a strong signal. */
const RARELY_LAST = new Set([...'동도안가식비국천산모기광자']);
/** Particles a name may carry (`홍길동의`, `김철수에게`), longest first. */
const PARTICLES =
  '에게서 께서는 께서 에게 한테 으로 께 의 은 는 이 가 을 를 과 와 도 에 로 만'.split(' ');

interface Reading {
  readonly core: string;
  readonly glued: Glued;
}

function readingsOf(word: string): Reading[] {
  const readings: Reading[] = [{ core: word, glued: 'none' }];
  const last = word.charAt(word.length - 1);
  if (last === '외' || last === '등')
    readings.push({ core: word.slice(0, -1), glued: 'and-others' });
  if (last === '씨' || last === '님')
    readings.push({ core: word.slice(0, -1), glued: 'honorific' });
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle) || word.length - particle.length < 2) continue;
    const rest = word.slice(0, -particle.length);
    const honorific = rest.endsWith('씨') || rest.endsWith('님');
    readings.push(
      honorific
        ? { core: rest.slice(0, -1), glued: 'honorific' }
        : { core: rest, glued: 'particle' },
    );
  }
  return readings;
}

/** Surname + 2 syllables, compound surname + 1–2, or surname + 1 (only with an honorific). */
function givenPart(core: string): string | undefined {
  if (COMPOUND_SURNAMES.has(core.slice(0, 2)) && (core.length === 3 || core.length === 4)) {
    return core.slice(2);
  }
  if (!SURNAMES.has(core.charAt(0))) return undefined;
  return core.length === 2 || core.length === 3 ? core.slice(1) : undefined;
}

function isOfficial(s: Signal): boolean {
  return s.name === 'official-rank' || s.name === 'rank-after';
}

interface Verdict {
  readonly score: number;
  /**
   * Names the rule: a citizen's strong signal before an official one, so the rule
   * `person-name/official-rank` means a rank is the only strong evidence (the byline shape).
   */
  readonly strongest: Signal;
  readonly official: boolean;
}

function judge(
  input: ScanInput,
  tokens: readonly HangulToken[],
  k: number,
  reading: Reading,
  prefix: Signal | undefined,
): Verdict | undefined {
  const { core } = reading;
  const token = tokens[k];
  const given = givenPart(core);
  if (!token || given === undefined || NOT_NAMES.has(core)) return undefined;
  const last = core.charAt(core.length - 1);
  if (NEVER_LAST.has(last) || (core.length === 2 && last === '모')) return undefined;
  const suffix = suffixSignal(input.text, tokens, k, reading.glued);
  const coreEnd = token.start + core.length;
  const signals = [
    prefix,
    suffix,
    reading.glued === 'none' ? parenthesized(input.text, token.start, coreEnd) : undefined,
    reading.glued === 'particle'
      ? undefined
      : fieldList(input.field, input.text, token.start, token.end, suffix !== undefined),
  ].filter((s): s is Signal => s !== undefined);
  const strongest =
    signals.find((s) => s.strong && !isOfficial(s)) ?? signals.find((s) => s.strong) ?? signals[0];
  if (!strongest) return undefined;
  if (core.length === 2 && suffix?.name !== 'honorific') return undefined;
  if (!strongest.strong && RARELY_LAST.has(last)) return undefined;
  const shape = [...given].every((syllable) => COMMON_GIVEN.has(syllable)) ? 1 : -1;
  const score = signals.reduce((sum, s) => sum + (s.strong ? 2 : 1), shape);
  const official = signals.some(isOfficial);
  const citizen = signals.some(
    (s) => s.name === 'citizen-role' || s.name === 'label' || s.name === 'deceased',
  );
  return { score, strongest, official: official && !citizen };
}

/**
 * Officials' names and ranks as responsible writers are public (Art. 9(1)6 proviso): a name the
 * text marks as an official's is kept in an `official` field, or when the caller lists it in
 * `officialNames`. Everywhere else, rank + name is reported like any other name.
 */
export const personNameRule: PiiRule = {
  name: 'person-name',
  needs: 'name-cue',
  scan(input, emit) {
    const tokens = hangulTokens(input.text);
    const named = new Set<number>();
    tokens.forEach((token, k) => {
      if (token.text.length < 2 || token.text.length > 7) return;
      if (!SURNAMES.has(token.text.charAt(0)) && !COMPOUND_SURNAMES.has(token.text.slice(0, 2)))
        return;
      const prefix = prefixSignal(input.text, tokens, k, named.has(k - 1));
      let best: { reading: Reading; verdict: Verdict } | undefined;
      for (const reading of readingsOf(token.text)) {
        const verdict = judge(input, tokens, k, reading, prefix);
        if (verdict && verdict.score >= 2 && (!best || verdict.score > best.verdict.score)) {
          best = { reading, verdict };
        }
      }
      if (!best) return;
      const { reading, verdict } = best;
      named.add(k);
      if (verdict.official && (input.field === 'official' || input.officialNames.has(reading.core)))
        return;
      emit({
        kind: 'person-name',
        start: token.start,
        end: token.start + reading.core.length,
        confidence: verdict.strongest.strong ? 'high' : 'medium',
        rule: `person-name/${verdict.strongest.name}`,
      });
    });
  },
};
