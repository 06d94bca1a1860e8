// Fills title templates and adds the textual quirks real exports show (spaces, line breaks, quotes).
import { civil } from './calendar.ts';
import { maskedName, personName } from './people.ts';
import {
  buildingName,
  companyName,
  districtName,
  establishment,
  lotNumber,
  mobileNumber,
  neighbourhood,
  vehiclePlate,
} from './places.ts';
import type { Rng } from './prng.ts';

/** Placeholders that put a person's or a private party's details into a title. */
const PERSONAL_PLACEHOLDER = /\{(PERSON|PLATE|LOT|BLDG|EST:[^}]+|PHONE)\}/;

export function carriesPersonalDetails(template: string): boolean {
  return PERSONAL_PLACEHOLDER.test(template);
}

/** Share of personal details that arrive already masked (`(이*혁)`, `148-**`, `**빌딩`, `『산성OO』`). */
const MASKED_SHARE = 0.6;

/** Picks a template: personal-detail templates only at `personalRate`, when plain ones exist. */
export function pickTemplate(rng: Rng, templates: readonly string[], personalRate: number): string {
  const personal = templates.filter(carriesPersonalDetails);
  const plain = templates.filter((template) => !carriesPersonalDetails(template));
  if (personal.length > 0 && (plain.length === 0 || rng.chance(personalRate))) {
    return rng.pick(personal);
  }
  return rng.pick(plain);
}

export function fillTemplate(rng: Rng, template: string, dayNum: number, task: string): string {
  const { year, month } = civil(dayNum);
  return template.replace(/\{([^}]+)\}/g, (_match, name: string): string => {
    const masked = rng.chance(MASKED_SHARE);
    switch (name) {
      case 'Y':
        return String(year);
      case 'Y+1':
        return String(year + 1);
      case 'YY':
        return String(year % 100).padStart(2, '0');
      case 'M':
        return String(month);
      case 'H':
        return month <= 6 ? '상반기' : '하반기';
      case 'Q':
        return String(Math.ceil(month / 3));
      case 'N':
        return String(rng.int(1, 5));
      case 'GU':
        return districtName(rng);
      case 'DONG':
        return neighbourhood(rng);
      case 'TASK':
        return task;
      case 'CO':
        return companyName(rng);
      case 'PERSON':
        return `(${masked ? maskedName(rng) : personName(rng)})`;
      case 'PLATE':
        return vehiclePlate(rng, masked);
      case 'LOT':
        return lotNumber(rng, masked);
      case 'BLDG':
        return buildingName(rng, masked);
      case 'PHONE':
        return mobileNumber(rng);
      default:
        if (name.startsWith('EST:')) return establishment(rng, name.slice(4), masked);
        throw new RangeError(`unknown title placeholder {${name}}`);
    }
  });
}

/**
 * The textual quirks of hand-typed titles, each at a fraction of `rate`: leading or trailing
 * spaces, a line break, a quoted phrase, fullwidth parentheses.
 */
export function roughenText(rng: Rng, text: string, rate: number): string {
  let out = text;
  if (rng.chance(rate * 0.5)) {
    const space = out.indexOf(' ', 6);
    if (space > 0) out = `${out.slice(0, space)}\n${out.slice(space + 1)}`;
  }
  if (rng.chance(rate * 0.4) && !out.includes('"')) {
    const words = out.split(' ');
    const at = rng.int(0, Math.max(0, words.length - 2));
    if (words[at] !== undefined && !/[()[\]]/.test(words[at])) words[at] = `"${words[at]}"`;
    out = words.join(' ');
  }
  if (rng.chance(rate * 0.3)) out = out.replaceAll('(', '（').replaceAll(')', '）');
  if (rng.chance(rate)) {
    out = rng.weighted<string>([
      [` ${out}`, 1],
      [`${out} `, 2],
      [`  ${out}  `, 1],
    ]);
  }
  return out;
}
