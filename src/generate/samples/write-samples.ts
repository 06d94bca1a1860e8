// Script: rewrites data/ (sample exports, organisation chart, bad files, README) from the samples.
import { join, resolve } from 'node:path';
import { writeTextFile } from '../write-file.ts';
import { buildSamples } from './build-samples.ts';
import { renderReadme } from './readme.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const samples = buildSamples();
for (const file of [...samples.files, ...samples.bad]) {
  await writeTextFile(join(dataDir, file.path), [file.text]);
}
await writeTextFile(join(dataDir, 'README.md'), [renderReadme(samples)]);
console.log(`wrote ${samples.files.length + samples.bad.length + 1} files under ${dataDir}`);
