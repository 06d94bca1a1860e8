// The broken JSON and XML exports: public_list and research_list records with missing keys and bad values.
import { dayFromIso } from '../calendar.ts';
import { COLUMNS, type ExportRow } from '../columns.ts';
import { xmlText } from '../encode.ts';
import type { RowSources } from '../render.ts';
import { assemble, bad, insertAt, type BadSample } from './bad-assemble.ts';

export function badPublicList(sources: RowSources): BadSample {
  const day = dayFromIso('2024-04-01');
  const rows = Array.from({ length: 12 }, (_, i) => sources.disclosure.row(day + i * 2));
  const [a, b, c] = rows.splice(0, 3);
  const withoutNid = Object.fromEntries(Object.entries(a ?? {}).filter(([key]) => key !== 'nid'));
  const json = (value: unknown): string => JSON.stringify(value);
  return assemble(
    'public_list',
    '20240401_20240430_public_list.json',
    { format: 'json' },
    insertAt(rows, {
      1: bad(
        'nid',
        'missing key: the record has no "nid"',
        (i) => `${i > 0 ? ',\n' : ''}${json(withoutNid)}`,
      ),
      4: bad(
        'regist_dt',
        'unparseable timestamp "20241399093000" (month 13, day 99)',
        (i) => `${i > 0 ? ',\n' : ''}${json({ ...b, regist_dt: '20241399093000' })}`,
      ),
      7: bad(
        '',
        'record is an array, not an object (no field names)',
        (i) => `${i > 0 ? ',\n' : ''}${json(COLUMNS.public_list.map((col) => c?.[col] ?? ''))}`,
      ),
    }),
  );
}

function xmlDocument(index: number, fields: Readonly<Record<string, string>>): string {
  const body = Object.entries(fields)
    .map(([name, value]) =>
      value === '' ? `  <${name}/>\n` : `  <${name}>${xmlText(value, 'hex')}</${name}>\n`,
    )
    .join('');
  return `<Document${index}>\n${body}</Document${index}>\n`;
}

export function badResearchList(sources: RowSources): BadSample {
  const day = dayFromIso('2024-07-01');
  sources.research.beginFile();
  const options = { quirkRate: 0, dateSpellingRate: 0, updateRate: 0, deleteRate: 0 };
  const rows = Array.from({ length: 14 }, (_, i) => sources.research.row(day + i * 6, options));
  const [a, b, c] = rows.splice(0, 3);
  const patched = (
    row: ExportRow | undefined,
    patch: Record<string, string>,
  ): Record<string, string> =>
    Object.fromEntries(COLUMNS.research_list.map((col) => [col, patch[col] ?? row?.[col] ?? '']));
  return assemble(
    'research_list',
    '20240701_20240930_research_list.xml',
    { format: 'xml' },
    insertAt(rows, {
      2: bad('nid', 'missing key: <nid/> is empty', (i) => xmlDocument(i, patched(a, { nid: '' }))),
      5: bad('doc_prdctn_dt', 'unparseable date "20241399" (month 13, day 99)', (i) =>
        xmlDocument(i, patched(b, { doc_prdctn_dt: '20241399' })),
      ),
      8: bad('job_se', 'unknown job type "X" (expected I, U or D)', (i) =>
        xmlDocument(i, patched(c, { job_se: 'X' })),
      ),
      10: bad(
        'regist_dt',
        'only 3 of 14 fields (nid, title, job_se): an insert without regist_dt and the rest',
        (i) =>
          xmlDocument(i, {
            nid: String(Number(rows.at(-1)?.['nid'] ?? '0') + 5),
            title: '서울시 야간경제 활성화 방안 연구',
            job_se: 'I',
          }),
      ),
    }),
  );
}
