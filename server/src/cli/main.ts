import { writeSync } from 'node:fs';
import { analyzeCommand, checkCommand } from './analyze';
import { InputError, UsageError, type Io } from './context';

const version = process.env.KRACHT_VERSION ?? '0.1.0';

const commandUsage = {
  analyze: `kracht analyze [--format text|json] [--lang auto|nl|en] [--locale nl|en] [--config FILE] [--stdin-filename NAME] PATH...
  Per report: sentences, labels, balance and diagnostics. PATH is a report, a folder (every *.md
  below it) or - for standard input.`,
  summary: `kracht summary [PATH] [--format table|json|csv|markdown|html] [--by report|coachee|month]
               [--locale nl|en] [--config FILE] [--workers N] [--no-cache]
  Every report of a folder (or one report), per report, per coachee or per month; cached between
  runs. --by applies to table, csv and markdown (json and html hold every grouping).`,
  check: `kracht check [PATH...] [--format text|json|sarif] [--max-warnings N] [--locale nl|en] [--config FILE] [--stdin-filename NAME]
  Exit 1 when a report crosses the thresholds in .kracht.json, or when there are more than N
  warnings (for CI and hooks). PATH defaults to the working folder; - reads standard input.`,
} as const;

const configuration = `Settings: --config FILE, else the nearest .kracht.json from each report's folder upward.`;

const exitStatus = `Exit status: 0 done, nothing across the thresholds; 1 check found a report across the
thresholds (or more warnings than --max-warnings); 2 usage error, or a report or setting that
could not be read.`;

const usage = `Usage:
${Object.values(commandUsage)
  .map((text) => `  ${text.split('\n')[0]}`)
  .join('\n')}

Kracht reads coaching session reports (Markdown): which share of the words goes to the
coachee's strengths rather than problems, and to the coachee rather than the coach, and
which alarm signals show. A folder means every *.md file below it. Everything runs
locally; nothing is sent anywhere. kracht COMMAND --help says more about a command.

  analyze   per report: sentences, labels, balance and diagnostics
  summary   all reports of a folder, per report, per coachee or per month (cached)
  check     exit 1 when a report crosses the thresholds in .kracht.json (for CI and hooks)

${exitStatus}`;

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === '-h' || command === '--help' || command === 'help') {
      io.out(`${usage}\n`);
      return 0;
    }
    if (command === '-v' || command === '--version') {
      io.out(`${version}\n`);
      return 0;
    }
    if (command in commandUsage && (args.includes('--help') || args.includes('-h'))) {
      io.out(`Usage: ${commandUsage[command as keyof typeof commandUsage]}\n\n${configuration}\n\n${exitStatus}\n`);
      return 0;
    }
    if (command === 'analyze') return analyzeCommand(args, io);
    // The summary's code (worker pool, cache, formats) loads only for a summary: a one-file run skips it.
    if (command === 'summary') return await (await import('./summary')).summaryCommand(args, io, version);
    if (command === 'check') return checkCommand(args, io, version);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`kracht: ${error.message}\n`);
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    io.err(`kracht: ${error.message}\n\n${usage}\n`);
    return 2;
  }
}

let outStream = false;

/**
 * Writes to standard output directly: setting up `process.stdout` as a stream costs a one-file
 * run more than its output does. A pipe that is full for now (EAGAIN) gets the rest through the
 * stream, and so does everything after it, so nothing is lost or reordered.
 */
function writeOut(text: string): void {
  if (outStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written, bytes.length - written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') readerGone();
    if (code !== 'EAGAIN') throw error;
    outStream = true;
    process.stdout.on('error', (streamError: NodeJS.ErrnoException) => {
      if (streamError.code === 'EPIPE') readerGone();
      throw streamError;
    });
    process.stdout.write(bytes.subarray(written));
  }
}

/** The reader of the output has gone (`kracht analyze . | head`): as a shell tool does, stop quietly. */
function readerGone(): never {
  process.exit(process.exitCode ?? 0);
}

/** Runs the CLI on this process's arguments and sets its exit code: what `kracht` does (see launch.ts). */
export function run(): void {
  const io: Io = {
    out: writeOut,
    err: (s) => process.stderr.write(s),
    // Asked only by the summary's progress bar: a one-file run never sets up the stderr stream.
    get interactive() {
      return process.stderr.isTTY === true;
    },
  };
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      process.stderr.write(`kracht: ${error.stack ?? error.message}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run();
