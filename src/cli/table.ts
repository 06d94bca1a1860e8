// Renders SPARQL JSON results as an aligned text table for a terminal.
interface JsonTerm {
  readonly type: string;
  readonly value: string;
  readonly 'xml:lang'?: string;
  readonly datatype?: string;
}
interface JsonResults {
  readonly head: { readonly vars?: readonly string[] };
  readonly boolean?: boolean;
  readonly results?: { readonly bindings: ReadonlyArray<Readonly<Record<string, JsonTerm>>> };
}

function show(t: JsonTerm | undefined): string {
  if (!t) return '';
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t['xml:lang']) return `"${t.value}"@${t['xml:lang']}`;
  return t.value;
}

const width = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\u1100-\uFFDC]/u.test(ch) ? 2 : 1), 0);

export function renderTable(json: string): string {
  const r = JSON.parse(json) as JsonResults;
  if (r.boolean !== undefined) return String(r.boolean);
  const vars = r.head.vars ?? [];
  const rows = (r.results?.bindings ?? []).map((b) =>
    vars.map((v) => show(b[v]).replace(/\s+/g, ' ')),
  );
  const widths = vars.map((v, i) =>
    Math.min(60, Math.max(width(v), ...rows.map((row) => width(row[i] ?? '')))),
  );
  const cell = (s: string, i: number): string => {
    const w = widths[i] ?? 0;
    let text = s;
    while (width(text) > w) text = `${text.slice(0, -2)}…`;
    return text + ' '.repeat(Math.max(0, w - width(text)));
  };
  const line = (cells: readonly string[]): string => cells.map(cell).join(' │ ').trimEnd();
  return [
    line(vars),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...rows.map(line),
    `(${rows.length} rows)`,
  ].join('\n');
}
