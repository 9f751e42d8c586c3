import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, sep } from 'node:path';
import { skipAbove, type Settings, summarize, type ReportSummary, type WorkspaceSummary } from '../kracht';
import { summarizeText } from './analyze-file';
import { listReports } from './walk';
import { decodeReport } from './reports';
import { batchSize, createSummaryPool, type SummaryPool } from './summary-pool';

/** One file's cached summary, valid while its content hash (and the settings) stay the same. */
export interface CacheEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  summary: ReportSummary;
}

/** How to run a summary. */
export interface SummaryOptions {
  settings: Settings;
  /**
   * Cache by absolute path; kept by the caller (in memory in the server, on disk for the CLI). It holds
   * the reports below these roots only: entries for any other path are dropped.
   */
  cache?: Map<string, CacheEntry>;
  /**
   * Worker threads for cold files; 0 analyses on this thread. Default: the cores (two at most), from `poolFrom` cold
   * files.
   */
  workers?: number;
  /**
   * How many files must be read before worker threads start (default 64: the language server keeps its
   * own thread free). Each worker first compiles the analysis for itself, so on a small run one thread
   * is faster: the CLI, which has no other work, waits for more.
   */
  poolFrom?: number;
  /** Path of the bundled summary task (dist/summary-task.js) the pool's threads run. */
  workerScript?: string;
  /** How long a worker's progress may stand still before it is replaced (default 30 s). */
  stallMs?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** How paths appear in the summary (default: relative to the root). */
  display?: (path: string, root: string) => string;
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** Summarises every report below the roots: cached by content hash, cold files on a worker pool, streaming. */
export async function runSummary(roots: string[], options: SummaryOptions): Promise<WorkspaceSummary> {
  // A report given by itself is summarised alone, shown by its name.
  const files = roots.flatMap((root) =>
    isFile(root)
      ? [{ path: root, root: dirname(root) }]
      : listReports(root, options.settings).map((path) => ({ path, root })),
  );
  const display = options.display ?? ((path: string, root: string) => relative(root, path).split(sep).join('/'));
  const cache = options.cache ?? new Map<string, CacheEntry>();
  // The cache describes these roots: a report no longer among them (deleted, moved, now excluded) leaves it.
  if (cache.size > 0) {
    const listed = new Set(files.map((file) => file.path));
    for (const path of cache.keys()) if (!listed.has(path)) cache.delete(path);
  }
  const reports: ReportSummary[] = [];
  const failed: WorkspaceSummary['failed'] = [];
  let done = 0;
  const progress = (): void => options.onProgress?.(++done, files.length);
  // A file settled without analysis: failed with a reason, or its cached summary taken over.
  const fail = (path: string, reason: string): void => {
    failed.push({ path, reason });
    progress();
  };
  const reuse = (entry: CacheEntry, path: string): void => {
    // The cached line itself, unless the report is now shown under another path (another root).
    reports.push(entry.summary.path === path ? entry.summary : { ...entry.summary, path });
    progress();
  };
  const failure = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'unreadable';

  // A file whose size and time are unchanged is not read again; one whose content hash is unchanged is
  // not analysed again. First every file's size and time, so that only the files that must be read
  // count toward starting worker threads: a warm run starts none.
  const toRead: { path: string; root: string; stat: Stats; cached: CacheEntry | undefined }[] = [];
  for (const { path, root } of files) {
    if (options.signal?.aborted) break;
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch (error) {
      fail(display(path, root), failure(error));
      continue;
    }
    const cached = cache.get(path);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) reuse(cached, display(path, root));
    else if (stat.size > skipAbove) fail(display(path, root), 'skipped: larger than 10 MB');
    else toRead.push({ path, root, stat, cached });
  }

  const pending: Promise<void>[] = [];
  const pool = options.signal?.aborted ? null : createPool(options, toRead.length);
  for (const { path, root, stat, cached } of toRead) {
    if (options.signal?.aborted) break;
    let buffer: Buffer;
    try {
      buffer = readFileSync(path);
    } catch (error) {
      // Gone or closed to us since its size was read.
      fail(display(path, root), failure(error));
      continue;
    }
    const hash = createHash('sha256').update(buffer).digest('hex');
    if (cached && cached.hash === hash) {
      cache.set(path, { ...cached, size: stat.size, mtimeMs: stat.mtimeMs });
      reuse(cached, display(path, root));
      continue;
    }
    const decoded = decodeReport(buffer);
    if ('error' in decoded) {
      fail(display(path, root), decoded.error);
      continue;
    }
    const { text } = decoded;
    const job = { path, displayPath: display(path, root), text, stat, hash };
    if (!pool) {
      finish(job, () => summarizeText(path, job.displayPath, text, stat.mtime, options.settings));
      continue;
    }
    pending.push(
      pool.run({ path, displayPath: job.displayPath, text, modified: stat.mtimeMs }, options.settings).then(
        (summary) => finish(job, () => summary),
        (error: Error) =>
          finish(job, () => {
            throw error;
          }),
      ),
    );
    // Streaming: never more texts in flight than a few batches per worker, so memory stays flat. The
    // oldest report waited for is in a batch that was sent long since (batches go out when full).
    if (pending.length >= pool.size * batchSize * 3) await pending.shift();
  }
  pool?.flush();
  await Promise.all(pending);
  await pool?.close();

  function finish(
    job: { path: string; displayPath: string; stat: Stats; hash: string },
    make: () => ReportSummary,
  ): void {
    try {
      const summary = make();
      cache.set(job.path, { size: job.stat.size, mtimeMs: job.stat.mtimeMs, hash: job.hash, summary });
      reports.push(summary);
    } catch (error) {
      fail(job.displayPath, (error as Error).message);
      return;
    }
    progress();
  }
  return summarize(
    reports,
    failed.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)),
  );
}

function createPool(options: SummaryOptions, files: number): SummaryPool | null {
  const size = options.workers ?? (files >= (options.poolFrom ?? 64) ? Math.min(2, availableParallelism()) : 0);
  if (size <= 0 || !options.workerScript) return null;
  return createSummaryPool(options.workerScript, size, options.stallMs);
}
