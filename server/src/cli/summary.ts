import { homedir } from 'node:os';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Settings } from '../kracht';
import { summaryHtml } from '../format/summary-html';
import { summaryCsv, summaryMarkdown, summaryTable } from '../format/summary';
import { runSummary, type CacheEntry } from '../node/summary-runner';
import { environmentLocale, oneOf, parse, progressBar, SettingsLookup, UsageError, type Io } from './context';
import { exitTrouble } from './analyze';

/**
 * Cold reports from which `kracht summary` uses worker threads. On the 2-core development machine one
 * thread was faster up to about 2,000 reports (1,000: 2.9 s against 3.5 s; 4,000: 7.5 s against 6.5 s),
 * since each worker first compiles the analysis for itself. `--workers N` decides otherwise.
 */
export const cliPoolFrom = 2_000;

/** `kracht summary [PATH] [--format table|json|csv|markdown|html] [--by report|coachee|month] [--no-cache]` */
export async function summaryCommand(args: string[], io: Io, version: string): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    by: { type: 'string' },
    locale: { type: 'string' },
    'no-cache': { type: 'boolean' },
    workers: { type: 'string' },
    config: { type: 'string' },
  });
  const format = oneOf('format', values.format, ['table', 'json', 'csv', 'markdown', 'html'], 'table');
  const by = oneOf('by', values.by, ['report', 'coachee', 'month'], 'report');
  // JSON and HTML hold every grouping at once.
  if (values.by !== undefined && (format === 'json' || format === 'html'))
    throw new UsageError(`--by applies to table, csv and markdown; --format ${format} holds every grouping`);
  if (positionals.length > 1) throw new UsageError('summary takes one PATH (a folder)');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
    throw new UsageError('--workers must be a whole number from 0 to 64');
  const root = resolve(positionals[0] ?? '.');
  if (!existsSync(root)) {
    io.err(`kracht: ${positionals[0]}: no such file or folder\n`);
    return exitTrouble;
  }
  // The nearest .kracht.json from the folder summarised (or the report's folder) upward, or --config.
  const settings = new SettingsLookup(io, {}, values.config).for(statSync(root).isDirectory() ? root : dirname(root));
  // The headers' language: --locale, else the settings' locale, else the user's.
  const locale = oneOf('locale', values.locale, ['nl', 'en'], settings.locale ?? environmentLocale());
  const cacheFile = values['no-cache'] ? null : cachePath(root, settings, version);
  const cache = cacheFile ? readCache(cacheFile) : new CacheFile();
  const bar = progressBar(io);
  const summary = await runSummary([root], {
    settings,
    cache,
    workers,
    poolFrom: cliPoolFrom,
    workerScript: join(__dirname, 'summary-task.js'),
    onProgress: bar.update,
  });
  bar.done();
  if (cacheFile && cache.changed) writeCache(cacheFile, cache, io);
  for (const failure of summary.failed) io.err(`kracht: ${failure.path}: ${failure.reason}\n`);
  if (summary.reports.length === 0 && summary.failed.length === 0)
    io.err(`kracht: no reports found in ${positionals[0] ?? '.'}\n`);
  if (format === 'json') io.out(`${JSON.stringify(summary, null, 2)}\n`);
  else if (format === 'csv') io.out(summaryCsv(summary, by));
  else if (format === 'markdown') io.out(summaryMarkdown(summary, by, locale));
  else if (format === 'html') io.out(summaryHtml(summary, { locale, thresholds: settings.thresholds }));
  else io.out(summaryTable(summary, by, locale));
  return summary.failed.length > 0 ? exitTrouble : 0;
}

/** One cache file per folder, settings and version, in the user's cache folder: never inside the reports. */
function cachePath(root: string, settings: Settings, version: string): string {
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  const key = createHash('sha256')
    .update(`${version}\u0000${root}\u0000${JSON.stringify(settings)}`)
    .digest('hex')
    .slice(0, 32);
  return join(base, 'kracht', `${key}.json`);
}

// Which analysis wrote a cache: the build's fingerprint (esbuild.mjs hashes the analysis sources and
// the lockfile), so results from another build of Kracht, even one with the same version, are not reused.
declare const KRACHT_BUILD: string | undefined;
const build = typeof KRACHT_BUILD === 'string' ? KRACHT_BUILD : 'unbundled';

/** The cache as read from its file; notes whether a run changed it, so that a warm run writes nothing. */
class CacheFile extends Map<string, CacheEntry> {
  changed = false;

  override set(path: string, entry: CacheEntry): this {
    this.changed = true;
    return super.set(path, entry);
  }

  override delete(path: string): boolean {
    const deleted = super.delete(path);
    this.changed ||= deleted;
    return deleted;
  }
}

function readCache(file: string): CacheFile {
  const cache = new CacheFile();
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { build?: unknown; entries?: Record<string, CacheEntry> };
    if (stored.build === build && typeof stored.entries === 'object' && stored.entries !== null) {
      for (const [path, entry] of Object.entries(stored.entries)) cache.set(path, entry);
      cache.changed = false;
    }
  } catch {
    // Missing or damaged: started afresh, and written at the end.
  }
  return cache;
}

function writeCache(file: string, cache: Map<string, CacheEntry>, io: Io): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    // Written whole and renamed, so an interrupted run never leaves half a cache.
    writeFileSync(`${file}.tmp`, JSON.stringify({ build, entries: Object.fromEntries(cache) }), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    io.err(`kracht: could not write the cache: ${(error as Error).message}\n`);
  }
}
