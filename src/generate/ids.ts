// Increasing identifier sequences with realistic gaps: unique by construction, deterministic.
import type { Rng } from './prng.ts';

export class IdSequence {
  private value: number;

  constructor(
    private readonly rng: Rng,
    start: number,
    private readonly maxStep: number,
  ) {
    this.value = start;
  }

  next(): number {
    this.value += this.rng.int(1, this.maxStep);
    return this.value;
  }
}

/** A 15-digit document management number: the production year, then an 11-digit serial. */
export function packageId(year: number, serial: number): string {
  return `${year}${String(serial % 1e11).padStart(11, '0')}`;
}
