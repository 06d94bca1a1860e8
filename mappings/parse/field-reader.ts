// Reads a row's fields through decoders, collecting every bad field instead of stopping at the first.
import { RowError, type Fields } from '../mapping.ts';
import { FieldError } from './fields.ts';

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

  raw(field: string): string | undefined {
    return this.fields[field];
  }

  /** Throws a RowError when any field was bad; otherwise narrows the collected values. */
  finish(): void {
    if (this.errors.length > 0) throw new RowError(this.errors);
  }
}
