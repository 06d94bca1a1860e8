// Canonical JSON text (object keys sorted, no whitespace): the same object always hashes the same
// in the record log, whatever key order the source system wrote.

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
