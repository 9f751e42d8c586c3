import { parseArgs } from 'node:util';
import { analyzeReport } from '../kracht';
import { parseSettings, mergeSettings } from '../core/settings';
import type { Analysis } from '../core/types';
import { formatJson, toFileOutput } from '../format/json';
import { formatTable } from '../format/text';
import { readProjectConfig } from '../node/config';
import { displayPath, findReports, readReport } from '../node/reports';

const usage = `Usage: kracht analyze [--format text|json] [--lang auto|nl|en] [--locale nl|en] PATH...

Analyses coaching session reports (Markdown): which share of the words goes to the
coachee's strengths rather than problems, and to the coachee rather than the coach,
and which alarm signals show. A folder means every *.md file below it.

Options:
  --format text|json   output format (default: text)
  --lang auto|nl|en    report language when front matter has no "lang" (default: auto)
  --locale nl|en       language of messages (default: each report's language)
  -h, --help           this help
  -v, --version        the version

Exit status: 0 done, 1 a file could not be read, 2 usage error.`;

/** Runs the CLI with the given arguments; returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'auto' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    err(`kracht: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    out(`${process.env.KRACHT_VERSION ?? '0.1.0'}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'analyze') {
    err(`kracht: ${command ? `unknown command "${command}"` : 'no command given'}\n\n${usage}\n`);
    return 2;
  }
  if (values.format !== 'text' && values.format !== 'json') return usageError(err, `--format must be text or json, not "${values.format}"`);
  if (!['auto', 'nl', 'en'].includes(values.lang)) return usageError(err, `--lang must be auto, nl or en, not "${values.lang}"`);
  if (values.locale !== undefined && !['nl', 'en'].includes(values.locale)) return usageError(err, `--locale must be nl or en`);
  if (paths.length === 0) return usageError(err, 'no PATH given');

  const project = readProjectConfig(process.cwd());
  if (project.error) err(`kracht: ${project.error}\n`);
  const problems: string[] = [];
  const settings = parseSettings(mergeSettings(project.config, { language: values.lang, locale: values.locale }), problems);
  for (const problem of problems) err(`kracht: .kracht.json: ${problem}\n`);

  let status = 0;
  const { files, missing } = findReports(paths);
  for (const path of missing) {
    err(`kracht: ${path}: no such file or folder\n`);
    status = 1;
  }
  const results: { path: string; analysis: Analysis }[] = [];
  for (const file of files) {
    const read = readReport(file);
    if ('error' in read) {
      err(`kracht: ${displayPath(file)}: ${read.error}\n`);
      status = 1;
      continue;
    }
    results.push({ path: displayPath(file), analysis: analyzeReport(read.text, settings) });
  }
  if (values.format === 'json') out(formatJson(results.map(({ path, analysis }) => toFileOutput(path, analysis))));
  else out(formatTable(results));
  return status;
}

function usageError(err: (s: string) => void, message: string): number {
  err(`kracht: ${message}\n\n${usage}\n`);
  return 2;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
