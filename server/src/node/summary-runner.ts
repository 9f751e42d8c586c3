import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { anyGlob } from '../core/glob';
import { skipAbove, type Settings } from '../core/settings';
import { summarize, type ReportSummary, type WorkspaceSummary } from '../core/summary';
import { summarizeText } from './analyze-file';
import { decodeReport } from './reports';
import type { WorkerJob } from './worker';

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
  /** Cache by absolute path; kept by the caller (in memory in the server, on disk for the CLI). */
  cache?: Map<string, CacheEntry>;
  /** Worker threads for cold files; 0 analyses on this thread. Default: the cores, when there are many files. */
  workers?: number;
  /** Path of the bundled worker script. */
  workerScript?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** How paths appear in the summary (default: relative to the root). */
  display?: (path: string, root: string) => string;
}

/**
 * Every Markdown report below a root that the include and exclude globs select. Symbolic links are
 * never followed and special files (FIFOs, sockets, devices) are skipped.
 */
export function listReports(root: string, settings: Pick<Settings, 'include' | 'exclude'>): string[] {
  const found: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const folder = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!anyGlob(settings.exclude, `${rel}/`) && entry.name !== 'node_modules') stack.push(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md') && anyGlob(settings.include, rel) && !anyGlob(settings.exclude, rel)) {
        found.push(path);
      }
    }
  }
  return found.sort();
}

/** Summarises every report below the roots: cached by content hash, cold files on a worker pool, streaming. */
export async function runSummary(roots: string[], options: SummaryOptions): Promise<WorkspaceSummary> {
  const files = roots.flatMap((root) => listReports(root, options.settings).map((path) => ({ path, root })));
  const display = options.display ?? ((path: string, root: string) => relative(root, path).split(sep).join('/'));
  const cache = options.cache ?? new Map<string, CacheEntry>();
  const reports: ReportSummary[] = [];
  const failed: WorkspaceSummary['failed'] = [];
  let done = 0;
  const progress = (): void => options.onProgress?.(++done, files.length);

  // A file whose size and time are unchanged is not read again; one whose content hash is unchanged is not analysed again.
  const pending: Promise<void>[] = [];
  const pool = createPool(options, files.length);
  for (const { path, root } of files) {
    if (options.signal?.aborted) break;
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch (error) {
      failed.push({ path: display(path, root), reason: (error as NodeJS.ErrnoException).code ?? 'unreadable' });
      progress();
      continue;
    }
    const cached = cache.get(path);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) {
      reports.push({ ...cached.summary, path: display(path, root) });
      progress();
      continue;
    }
    if (stat.size > skipAbove) {
      failed.push({ path: display(path, root), reason: 'skipped: larger than 10 MB' });
      progress();
      continue;
    }
    const buffer = readFileSync(path);
    const hash = createHash('sha256').update(buffer).digest('hex');
    if (cached && cached.hash === hash) {
      cache.set(path, { ...cached, size: stat.size, mtimeMs: stat.mtimeMs });
      reports.push({ ...cached.summary, path: display(path, root) });
      progress();
      continue;
    }
    const decoded = decodeReport(buffer);
    if ('error' in decoded) {
      failed.push({ path: display(path, root), reason: decoded.error });
      progress();
      continue;
    }
    const { text } = decoded;
    const job = { path, displayPath: display(path, root), text, stat, hash };
    if (!pool) {
      finish(job, () => summarizeText(path, job.displayPath, text, stat.mtime, options.settings));
      continue;
    }
    pending.push(
      pool.run(job, options.settings).then(
        (summary) => finish(job, () => summary),
        (error: Error) => finish(job, () => { throw error; }),
      ),
    );
    // Streaming: never more texts in flight than the pool can take, so memory stays flat.
    if (pending.length >= pool.size * 4) await Promise.race(pending.splice(0, 1));
  }
  await Promise.all(pending);
  await pool?.close();

  function finish(job: { path: string; displayPath: string; stat: Stats; hash: string }, make: () => ReportSummary): void {
    try {
      const summary = make();
      cache.set(job.path, { size: job.stat.size, mtimeMs: job.stat.mtimeMs, hash: job.hash, summary });
      reports.push(summary);
    } catch (error) {
      failed.push({ path: job.displayPath, reason: (error as Error).message });
    }
    progress();
  }
  return summarize(reports, failed);
}

interface Pool {
  size: number;
  run(job: { path: string; displayPath: string; text: string; stat: Stats }, settings: Settings): Promise<ReportSummary>;
  close(): Promise<void>;
}

function createPool(options: SummaryOptions, files: number): Pool | null {
  const size = options.workers ?? (files >= 64 ? Math.min(2, availableParallelism()) : 0);
  if (size <= 0 || !options.workerScript) return null;
  // A bounded heap per worker keeps a 10,000-report run's memory flat: the garbage collector works
  // within it instead of letting the heap grow because the machine has room.
  const workers = Array.from({ length: size }, () => new Worker(options.workerScript!, { resourceLimits: { maxOldGenerationSizeMb: 192 } }));
  const waiting = new Map<number, { resolve: (s: ReportSummary) => void; reject: (e: Error) => void }>();
  const load = workers.map(() => 0);
  let next = 0;
  workers.forEach((worker, index) => {
    worker.on('message', (message: { id: number; summary?: ReportSummary; error?: string }) => {
      load[index]!--;
      const entry = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.summary) entry?.resolve(message.summary);
      else entry?.reject(new Error(message.error ?? 'analysis failed'));
    });
    worker.on('error', (error) => {
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
    });
  });
  return {
    size,
    run(job, settings) {
      const id = next++;
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const message: WorkerJob = { id, path: job.path, displayPath: job.displayPath, text: job.text, modified: job.stat.mtimeMs, settings };
        workers[index]!.postMessage(message);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
