// Writes an Atom 1.0 feed (RFC 4287): what was published or released, newest first. Every text
// is escaped here; callers pass plain strings.
export interface AtomEntry {
  /** The record's IRI: the entry id and its link (the IRI dereferences to the record). */
  readonly id: string;
  readonly title: string;
  /** xsd:dateTime / RFC 3339. */
  readonly updated: string;
  readonly summary: string;
}

export interface AtomFeed {
  readonly id: string;
  /** The feed's own URL (rel="self") and the site it belongs to (rel="alternate"). */
  readonly self: string;
  readonly site: string;
  readonly title: string;
  readonly subtitle: string;
  readonly author: string;
  readonly updated: string;
  readonly lang: string;
  readonly entries: readonly AtomEntry[];
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text for element content and attribute values; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** RFC 3339 with a time zone (Atom requires one); an xsd:dateTime without one is taken as UTC. */
export function rfc3339(dateTime: string): string {
  const parsed = new Date(/(Z|[+-]\d\d:\d\d)$/.test(dateTime) ? dateTime : `${dateTime}Z`);
  return Number.isNaN(parsed.getTime()) ? dateTime : parsed.toISOString();
}

export function writeAtomFeed(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${e(entry.id)}</id>
    <title type="text">${e(entry.title)}</title>
    <updated>${e(rfc3339(entry.updated))}</updated>
    <link rel="alternate" href="${e(entry.id)}"/>
    <summary type="text">${e(entry.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title type="text">${e(feed.title)}</title>
  <subtitle type="text">${e(feed.subtitle)}</subtitle>
  <updated>${e(rfc3339(feed.updated))}</updated>
  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.site)}"/>
  <author><name>${e(feed.author)}</name></author>
  <generator>Plaza</generator>
${entries.join('')}</feed>
`;
}
