// The contract every detector rule implements, and the scan input they share.
import type { PiiField, PiiFinding } from './types.ts';

/** What a rule sees: the normalised text (offsets local to it) and the caller's context. */
export interface ScanInput {
  readonly text: string;
  readonly field: PiiField;
  readonly officialNames: ReadonlySet<string>;
  readonly officeExchanges: ReadonlySet<string>;
}

export type Emit = (finding: PiiFinding) => void;

export interface PiiRule {
  /** Stable name, the prefix of every `rule` the rule emits. */
  readonly name: string;
  /** What the text must contain for the rule to run at all: digits, an `@`, or a name cue. */
  readonly needs: 'digits' | 'at-sign' | 'name-cue';
  scan(input: ScanInput, emit: Emit): void;
}

/**
 * A number does not start in the middle of another one: no digit, and no digit plus `-`/`.`,
 * right before it (so 15-digit ids, timestamps and dotted dates never yield a sub-match).
 */
export const NUM_START = String.raw`(?<!\d)(?<!\d[-.])`;
/** A number does not stop in the middle of another one. */
export const NUM_END = String.raw`(?!\d)(?![-.]\d)`;
/** An optional separator inside a number: a hyphen or dot, with at most one space around it. */
export const SEP = String.raw`(?: ?[-.] ?| )`;
/** An optional hyphen only (registration numbers). */
export const HYPHEN = String.raw`(?: ?- ?)`;

/** Whether `cue` occurs within `window` code units before `start`. */
export function cueBefore(text: string, start: number, cue: RegExp, window = 20): boolean {
  return cue.test(text.slice(Math.max(0, start - window), start));
}

/** Whether `cue` occurs within `window` code units after `end`. */
export function cueAfter(text: string, end: number, cue: RegExp, window = 12): boolean {
  return cue.test(text.slice(end, end + window));
}

/** Digits of a matched number, separators dropped. */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}
