// Script: rewrites data/ (sample exports, organisation chart, bad files, README) from the samples.
import { join, resolve } from 'node:path';
import { writeTextFile } from '../write-file.ts';
import { buildSamples } from './build-samples.ts';
import { renderReadme } from './readme.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const samples = buildSamples();
for (const file of [...samples.files, ...samples.bad, ...samples.documents]) {
  await writeTextFile(join(dataDir, file.path), [file.text]);
}
await writeTextFile(join(dataDir, 'README.md'), [renderReadme(samples)]);
const written = samples.files.length + samples.bad.length + samples.documents.length + 1;
console.log(`wrote ${written} files under ${dataDir}`);
