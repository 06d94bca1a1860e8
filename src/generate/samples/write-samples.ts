// Script: rewrites data/ (sample exports, organisation chart, bad files, README) from the samples.
import { join, resolve } from 'node:path';
import { writeTextFile } from '../write-file.ts';
import { badBudgetSample, budgetReadme, budgetSamples } from '../budget/budget-samples.ts';
import { buildSamples } from './build-samples.ts';
import { renderReadme } from './readme.ts';
import { buildMeetingSamples, candidateDocuments } from '../meetings/meeting-samples.ts';
import { renderMeetingReadme } from '../meetings/meeting-readme.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const samples = buildSamples();
for (const file of [...samples.files, ...samples.bad, ...samples.documents]) {
  await writeTextFile(join(dataDir, file.path), [file.text]);
}
await writeTextFile(join(dataDir, 'README.md'), [renderReadme(samples)]);
// Meeting minutes are structured documents, written by their own builder (src/generate/meetings).
const infoRows = samples.files.filter((f) => f.kind === 'info_list').flatMap((f) => f.rows);
const meetings = buildMeetingSamples(candidateDocuments(infoRows));
for (const file of [...meetings.files, meetings.bad]) {
  await writeTextFile(join(dataDir, file.path), [file.text]);
}
await writeTextFile(join(dataDir, 'meeting_minutes', 'README.md'), [renderMeetingReadme(meetings)]);
const budget = budgetSamples();
for (const file of [...budget, badBudgetSample()]) {
  await writeTextFile(join(dataDir, file.path), [file.text]);
}
await writeTextFile(join(dataDir, 'budget_list', 'README.md'), [budgetReadme(budget)]);
const written =
  samples.files.length +
  samples.bad.length +
  samples.documents.length +
  meetings.files.length +
  budget.length +
  4;
console.log(`wrote ${written} files under ${dataDir}`);
