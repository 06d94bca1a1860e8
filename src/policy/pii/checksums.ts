// Check-digit algorithms of Korean identifiers and payment cards, over strings of ASCII digits.

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Resident registration number (13 digits): weights 2–9,2–5, check = (11 − sum mod 11) mod 10. */
export function residentChecksumOk(d: string): boolean {
  return d.length === 13 && registrationCheck(d, 11) === digitAt(d, 12);
}

/** Foreigner registration number issued before Oct 2020: check = (13 − sum mod 11) mod 10. */
export function foreignerChecksumOk(d: string): boolean {
  return d.length === 13 && registrationCheck(d, 13) === digitAt(d, 12);
}

function registrationCheck(d: string, base: number): number {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digitAt(d, i) * (weights[i] ?? 0);
  return (base - (sum % 11)) % 10;
}

/** Business registration number (사업자등록번호, 10 digits), the National Tax Service's rule. */
export function businessChecksumOk(d: string): boolean {
  if (d.length !== 10) return false;
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += digitAt(d, i) * (weights[i] ?? 0);
  sum += Math.floor((digitAt(d, 8) * 5) / 10);
  return (10 - (sum % 10)) % 10 === digitAt(d, 9);
}

/** Corporate registration number (법인등록번호, 13 digits): weights 1,2 alternating, mod 10. */
export function corporateChecksumOk(d: string): boolean {
  if (d.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digitAt(d, i) * (i % 2 === 0 ? 1 : 2);
  return (10 - (sum % 10)) % 10 === digitAt(d, 12);
}

/** Luhn (payment cards). */
export function luhnOk(d: string): boolean {
  if (d.length < 2) return false;
  let sum = 0;
  for (let i = d.length - 1, double = false; i >= 0; i--, double = !double) {
    let v = digitAt(d, i);
    if (double) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** ISSN (8 characters, the last a digit here): weights 8…2, check = (11 − sum mod 11) mod 11. */
export function issnChecksumOk(d: string): boolean {
  if (d.length !== 8) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += digitAt(d, i) * (8 - i);
  return (11 - (sum % 11)) % 11 === digitAt(d, 7);
}

/** Whether YYYY-MM-DD is a calendar date (Gregorian leap years). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}
