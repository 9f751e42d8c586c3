// `kracht`: starts the CLI program (dist/cli-program.js) with V8's code cache.
//
// A one-file run is mostly start-up: compiling the megabyte of bundled code took longer than
// analysing a 2,000-word report. V8 can store the code it compiled and load it again next time;
// Node 20 offers no switch for that, so this launcher does what Node 22's compile cache does:
// compile the program through `vm.Script`, and after the first run store the code V8 compiled,
// functions compiled on the way included, in the user's cache folder. The cache holds compiled
// Kracht code only, never a report; a missing, stale or damaged cache is ignored and replaced
// (V8 checks it against the source and its own version). KRACHT_CODE_CACHE=off turns it off.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

declare const KRACHT_BUILD: string | undefined;

const program = join(__dirname, 'cli-program.js');
const source = readFileSync(program, 'utf8');
const enabled = process.env.KRACHT_CODE_CACHE !== 'off';
const folder = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kracht', 'code');
const build = typeof KRACHT_BUILD === 'string' ? KRACHT_BUILD : 'unbundled';
// V8 refuses code compiled under other flags: runs with other flags (a profiler, a heap size) keep their own.
const flags = fnv1a(process.execArgv.join('\0')).toString(16).padStart(8, '0');
const cacheFile = join(folder, `cli-${build}-${process.versions.v8}-${process.arch}-${flags}.bin`);

let cachedData: Buffer | undefined;
if (enabled) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}
const script = new Script(Module.wrap(source), { filename: program, cachedData });
const reused = cachedData !== undefined && !script.cachedDataRejected;
if (enabled && !reused) process.once('exit', storeCompiledCode);
report(reused ? 'used' : cachedData ? 'rejected' : 'none');

const compiled = script.runInThisContext() as (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => void;
const programModule = new Module(program, module);
programModule.filename = program;
compiled.call(
  programModule.exports,
  programModule.exports,
  Module.createRequire(program),
  programModule,
  program,
  dirname(program),
);
(programModule.exports as { run(): void }).run();

/** Stores what V8 compiled during this run, written whole and renamed; other builds' caches go. */
function storeCompiledCode(): void {
  try {
    const data = script.createCachedData();
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, cacheFile);
    for (const name of readdirSync(folder)) {
      if (name.startsWith('cli-') && !name.startsWith(`cli-${build}-`)) rmSync(join(folder, name), { force: true });
    }
    report('written');
  } catch {
    // A read-only home or a full disk costs speed, never a result.
  }
}

/** For tests and the curious: KRACHT_CODE_CACHE=verbose says what happened to the cache. */
function report(what: string): void {
  if (process.env.KRACHT_CODE_CACHE === 'verbose') process.stderr.write(`kracht: code cache ${what}\n`);
}

/**
 * FNV-1a: names a set of flags without loading node:crypto; a copy of core/fnv1a.ts, since the launcher runs before the
 * analysis loads.
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
