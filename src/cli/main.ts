// The `plaza` command line (DESIGN §3): every command honours the PLAZA_* configuration.
import { Command, InvalidArgumentError, Option } from 'commander';
import { SOURCE_KINDS, type SourceKind } from '../../mappings/types.ts';
import { loadConfig } from '../config/config.ts';
import {
  generateCommand,
  ingestCommand,
  linksCommand,
  queryCommand,
  rebuildCommand,
  releaseCommand,
  startCommand,
  validateCommand,
} from './commands.ts';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

const program = new Command('plaza')
  .description('Plaza: a city’s administrative records as linked open data')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

program
  .command('start')
  .description('build the graph from data/ when the record log is empty, else load the snapshot')
  .option('--data <dir>', 'sample exports to build from when the log is empty', 'data')
  .action(async (opts: { data: string }) => {
    process.exitCode = await startCommand(loadConfig(), opts.data);
  });

program
  .command('ingest')
  .description('append source exports (files or directories) to the record log and project them')
  .argument('<paths...>', 'export files or directories')
  .addOption(new Option('--source <kind>', 'the source kind of every file').choices(SOURCE_KINDS))
  .option('--json', 'print the report as JSON')
  .action(async (paths: string[], opts: { source?: SourceKind; json?: boolean }) => {
    process.exitCode = await ingestCommand(loadConfig(), paths, opts);
  });

program
  .command('rebuild')
  .description(
    'rebuild the internal and public graphs from the record log alone, and snapshot them',
  )
  .action(async () => {
    process.exitCode = await rebuildCommand(loadConfig());
  });

program
  .command('release')
  .description('re-publish now the records whose withholding has ended (also done at every start)')
  .action(async () => {
    process.exitCode = await releaseCommand(loadConfig());
  });

program
  .command('validate')
  .description(
    'SHACL-validate the internal and public graphs and re-run the publication gate; exit 1 on violations',
  )
  .option('--json', 'print the validation report as JSON')
  .action(async (opts: { json?: boolean }) => {
    process.exitCode = await validateCommand(loadConfig(), opts);
  });

program
  .command('links')
  .description(
    'report per record kind how many records are linked to a policy context, and why the others are not',
  )
  .option('--json', 'print the link report as JSON')
  .action(async (opts: { json?: boolean }) => {
    process.exitCode = await linksCommand(loadConfig(), opts);
  });

program
  .command('query')
  .description(
    'run a SPARQL query (file, or - for standard input) on the public graph; officials may query the internal graph (PLAZA_TOKEN; audited)',
  )
  .argument('<file>', 'query file, or - to read standard input')
  .option(
    '--format <format>',
    'json|xml|csv|tsv for SELECT/ASK; ttl|nt|nq|trig|jsonld|rdf for graphs',
  )
  .addOption(
    new Option('--graph <graph>', 'which graph to query')
      .choices(['internal', 'public'])
      .default('public'),
  )
  .action(async (file: string, opts: { format?: string; graph: 'internal' | 'public' }) => {
    process.exitCode = await queryCommand(loadConfig(), file, opts);
  });

program
  .command('generate')
  .description('write synthetic source exports of any size, in the formats of data/')
  .requiredOption(
    '--records <n>',
    'approval-document rows (other kinds scale with it)',
    positiveInteger,
  )
  .requiredOption('--out <dir>', 'output directory')
  .option('--seed <n>', 'random seed', positiveInteger, 1)
  .action(async (opts: { records: number; out: string; seed: number }) => {
    process.exitCode = await generateCommand(opts);
  });

try {
  await program.parseAsync();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`plaza: ${message}\n`);
  process.exitCode = 1;
}
