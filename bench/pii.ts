// PII detector throughput: detectPii over 100k realistic strings (every text field of the sample
// exports in data/, with its field context, cycled), printed as strings per second.
// Run: npx tsx bench/pii.ts [count]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../mappings/read/read-csv.ts';
import { readJson } from '../mappings/read/read-json.ts';
import { readXml } from '../mappings/read/read-xml.ts';
import { containsPii, detectPii } from '../src/policy/pii/index.ts';
import type { PiiContext, PiiField } from '../src/policy/pii/index.ts';

const DATA = join(import.meta.dirname, '../data');
const FIELDS: Readonly<Record<string, PiiField>> = {
  title: 'title',
  writer: 'official',
  telno: 'contact',
  exec_loc: 'place',
  exec_purpose: 'purpose',
  target_nm: 'participants',
};

interface Sample {
  readonly text: string;
  readonly context: PiiContext;
}

async function samples(): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const kind of ['info_list', 'public_list', 'research_list', 'expense_list']) {
    for (const file of readdirSync(join(DATA, kind))) {
      const read = file.endsWith('.csv') ? readCsv : file.endsWith('.json') ? readJson : readXml;
      for await (const item of read(join(DATA, kind, file))) {
        if (item.type !== 'row') continue;
        for (const [column, value] of item.entries) {
          const field =
            column === 'writer' && kind === 'research_list' ? 'authors' : FIELDS[column];
          if (value !== '') out.push({ text: value, context: field ? { field } : {} });
        }
      }
    }
  }
  return out;
}

function run(
  label: string,
  pool: readonly Sample[],
  count: number,
  scan: (s: Sample) => number,
): void {
  let findings = 0;
  let chars = 0;
  for (let i = 0; i < 2_000; i++) scan(pool[i % pool.length] ?? { text: '', context: {} }); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const s = pool[i % pool.length] ?? { text: '', context: {} };
    chars += s.text.length;
    findings += scan(s);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rate = Math.round(count / seconds).toLocaleString('en');
  const mb = (chars / seconds / 1e6).toFixed(1);
  console.log(
    `${label.padEnd(34)} ${count} strings in ${seconds.toFixed(2)} s: ${rate} strings/s, ${mb} M chars/s, ${findings} findings`,
  );
}

const count = Number(process.argv[2] ?? 100_000);
const pool = await samples();
const titles = pool.filter((s) => s.context.field === 'title');
console.log(`pool: ${pool.length} field values from data/ (${titles.length} titles)`);
run('detectPii, every field', pool, count, (s) => detectPii(s.text, s.context).length);
run('detectPii, titles only', titles, count, (s) => detectPii(s.text, s.context).length);
run('containsPii (leak alarm), no context', pool, count, (s) => (containsPii(s.text) ? 1 : 0));
