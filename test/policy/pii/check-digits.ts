// Test-side check-digit generators (written apart from the detector's own checksum code) that
// complete invented identifiers, so corpus entries carry valid or deliberately invalid numbers.

function ds(s: string): number[] {
  return [...s.replace(/\D/g, '')].map(Number);
}

function residentCheck(body: string, base: 11 | 13): number {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = ds(body).reduce((acc, d, i) => acc + d * (w[i] ?? 0), 0);
  return (base - (sum % 11)) % 10;
}

function businessCheck(body: string): number {
  const d = ds(body);
  const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = d.reduce((acc, x, i) => acc + x * (w[i] ?? 0), 0);
  sum += Math.floor(((d[8] ?? 0) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

function corporateCheck(body: string): number {
  const sum = ds(body).reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 2), 0);
  return (10 - (sum % 10)) % 10;
}

function luhnCheck(body: string): number {
  const d = ds(body).reverse();
  const sum = d.reduce((acc, x, i) => {
    const v = i % 2 === 0 ? x * 2 : x;
    return acc + (v > 9 ? v - 9 : v);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

type Kind = 'rrn' | 'frn' | 'brn' | 'crn' | 'luhn';

function check(kind: Kind, body: string): number {
  switch (kind) {
    case 'rrn':
      return residentCheck(body, 11);
    case 'frn':
      return residentCheck(body, 13);
    case 'brn':
      return businessCheck(body);
    case 'crn':
      return corporateCheck(body);
    case 'luhn':
      return luhnCheck(body);
  }
}

/** `valid('rrn', '900101-123456')` → `900101-123456` + its check digit. */
export function valid(kind: Kind, body: string): string {
  return body + String(check(kind, body));
}

/** The same body with a check digit that is certainly wrong (a random post-2020 tail, a typo). */
export function invalid(kind: Kind, body: string): string {
  return body + String((check(kind, body) + 3) % 10);
}
