// Which language a page speaks: the reader's choice (?lang=, the visible switch) when there is
// one, else the best of Accept-Language, else Korean. One rule for the resource pages, /search
// and the query UI.
import Negotiator from 'negotiator';
import { LANGS, type Lang } from './views/i18n.ts';

export function uiLanguage(acceptLanguage: string | undefined, chosen?: Lang): Lang {
  if (chosen) return chosen;
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage } });
  return (negotiator.language([...LANGS]) as Lang | undefined) ?? 'ko';
}
