// Script: rewrites data/ (sample exports, organisation chart, bad files, README) from the samples.
import { join, resolve } from 'node:path';
import { writeTextFile } from '../write-file.ts';
import { badBudgetSample, budgetReadme, budgetSamples } from '../budget/budget-samples.ts';
import { buildSamples } from './build-samples.ts';
import { renderReadme } from './readme.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const samples = buildSamples();
for (const file of [...samples.files, ...samples.bad]) {
  await writeTextFile(join(dataDir, file.path), [file.text]);
}
await writeTextFile(join(dataDir, 'README.md'), [renderReadme(samples)]);
const budget = budgetSamples();
for (const file of [...budget, badBudgetSample()]) {
  await writeTextFile(join(dataDir, file.path), [file.text]);
}
await writeTextFile(join(dataDir, 'budget_list', 'README.md'), [budgetReadme(budget)]);
const written = samples.files.length + samples.bad.length + budget.length + 3;
console.log(`wrote ${written} files under ${dataDir}`);
