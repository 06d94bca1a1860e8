// Source keys: the identifiers that become the opaque last segment of an instance IRI.
import { cleanText, FieldError } from './fields.ts';

/** A source identifier: required, and only characters that are safe in an IRI path segment. */
export function parseKey(field: string, value: string | undefined): string {
  const key = cleanText(value);
  if (key === '') throw new FieldError(field, 'missing key');
  if (!/^[A-Za-z0-9._~-]+$/.test(key)) {
    throw new FieldError(
      field,
      `key ${JSON.stringify(key)} has characters other than letters, digits and . _ ~ -`,
    );
  }
  return key;
}
