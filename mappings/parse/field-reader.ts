// Reads a row's fields through decoders, collecting every bad field instead of stopping at the first.
import { RowError, type Fields } from '../mapping.ts';
import { cleanText, FieldError } from './fields.ts';

/** A coded field: its decoded value, or why not, and the text as the source gave it. */
export interface Coded<T> {
  readonly field: string;
  readonly raw: string;
  readonly value: T | undefined;
  readonly problem?: string;
}

export class FieldReader {
  private readonly errors: FieldError[] = [];

  constructor(readonly fields: Fields) {}

  /** Decodes `field` with `decode`; on a FieldError, remembers it and returns undefined. */
  get<T>(field: string, decode: (field: string, value: string | undefined) => T): T | undefined {
    try {
      return decode(field, this.fields[field]);
    } catch (error) {
      if (error instanceof FieldError) {
        this.errors.push(error);
        return undefined;
      }
      throw error;
    }
  }

  /**
   * Decodes a coded value whose vocabulary may grow at the source (licence, retention): an unknown
   * code does not reject the row; it is kept as given and reported when the record is mapped.
   */
  lenient<T>(
    field: string,
    decode: (field: string, value: string | undefined) => T | undefined,
  ): Coded<T> {
    const raw = cleanText(this.fields[field]);
    try {
      return { field, raw, value: decode(field, this.fields[field]) };
    } catch (error) {
      if (error instanceof FieldError)
        return { field, raw, value: undefined, problem: error.message };
      throw error;
    }
  }

  raw(field: string): string | undefined {
    return this.fields[field];
  }

  /** Records a problem found across fields (e.g. a change type and its successors). */
  fail(error: FieldError): void {
    this.errors.push(error);
  }

  /** Whether decoding `field` failed. */
  failed(field: string): boolean {
    return this.errors.some((e) => e.field === field);
  }

  /** Throws a RowError when any field was bad; otherwise narrows the collected values. */
  finish(): void {
    if (this.errors.length > 0) throw new RowError(this.errors);
  }
}
