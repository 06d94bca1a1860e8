// The last line of defence, shared by the publication gate and the leak alarm on responses:
// does a text carry personal data (beyond what the law makes public) or a planted canary?
import { containsPii, type PiiContext } from './pii/index.ts';

export type LeakKind = 'pii' | 'canary';

export class LeakScanner {
  private readonly canaries: readonly string[];

  /** Canaries: secret values planted in the internal graph that must never appear outside. */
  constructor(canaries: Iterable<string> = []) {
    this.canaries = [...new Set([...canaries].map((c) => c.trim()).filter((c) => c.length >= 6))];
  }

  get canaryCount(): number {
    return this.canaries.length;
  }

  /** Whether a planted canary is in `text`. */
  scanCanaries(text: string): LeakKind | undefined {
    for (const canary of this.canaries) if (text.includes(canary)) return 'canary';
    return undefined;
  }

  /** What leaks in `text`, if anything. The finding never carries the text itself. */
  scan(text: string, context?: PiiContext): LeakKind | undefined {
    return this.scanCanaries(text) ?? (containsPii(text, context) ? 'pii' : undefined);
  }

  /**
   * A response body: canaries anywhere, and personal data in each quoted value and each line of
   * it (scanning a whole serialization at once would let one value's digits run into the next).
   */
  scanBody(body: string): LeakKind | undefined {
    // A canary with a quote, ampersand or line break is escaped differently by each format.
    for (const decoded of decodings(body)) if (this.scanCanaries(decoded)) return 'canary';
    for (const piece of bodyPieces(body)) if (containsPii(piece)) return 'pii';
    return undefined;
  }
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  amp: '&',
};

const codePoint = (n: number): string => (n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd');

/** The body as written, and undone from each format's escaping (JSON/N-Triples/Turtle, CSV, XML). */
function* decodings(body: string): Generator<string> {
  yield body;
  if (body.includes('\\'))
    yield body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
      if (e[0] === 'u' || e[0] === 'U') return codePoint(parseInt(e.slice(1), 16));
      return { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[e] ?? e;
    });
  if (body.includes('""')) yield body.replaceAll('""', '"');
  if (body.includes('&'))
    yield body.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) =>
      e.startsWith('#x')
        ? codePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? codePoint(parseInt(e.slice(1), 10))
          : (XML_ENTITIES[e] ?? whole),
    );
}

/** The values of a serialization: each quoted string, then each line with its strings cut out. */
function* bodyPieces(body: string): Generator<string> {
  const string = /"((?:[^"\\\n]|\\.)*)"/g;
  for (let m = string.exec(body); m; m = string.exec(body)) yield unescape(m[1]!);
  for (const line of body.replace(string, '\t').split('\n')) yield line;
}

function unescape(s: string): string {
  if (!s.includes('\\')) return s;
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}
