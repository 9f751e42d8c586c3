import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import {
  analyzeReport,
  MatcherMemo,
  collectContributions,
  type ContributionSource,
  type WorkspaceSummary,
} from '../kracht';
import { readReport } from '../node/reports';
import { runSummary, type CacheEntry } from '../node/summary-runner';
import { coacheeContributions, summaryProgress, workspaceSummary } from './protocol';
import type { SettingsStore } from './settings';

/** Serves the workspace summary and the coachee's contributions, from a per-file cache kept current by file events. */
export class SummaryService {
  private readonly cache = new Map<string, CacheEntry>();
  /** Where each report of the last summary lives on disk, by the path the summary shows. */
  private readonly locations = new Map<string, string>();
  private fingerprint = '';

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsStore,
  ) {
    connection.onRequest(workspaceSummary, (params, token) => this.summary(params.folders, token));
    connection.onRequest(coacheeContributions, (params, token) =>
      this.contributions(params.coachee, params.folders, token),
    );
  }

  /** Forgets files that changed or were deleted; the next summary reads them again. */
  forget(uris: string[]): void {
    for (const uri of uris) if (uri.startsWith('file:')) this.cache.delete(fileURLToPath(uri));
  }

  private async summary(folders: string[], token: CancellationToken): Promise<WorkspaceSummary> {
    const roots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    const settings = await this.settings.get(folders[0] ?? '');
    // Settings change labels: a cache made under other settings is not valid.
    const fingerprint = JSON.stringify(settings);
    if (fingerprint !== this.fingerprint) {
      this.cache.clear();
      this.fingerprint = fingerprint;
    }
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    let last = 0;
    return runSummary(roots, {
      settings,
      cache: this.cache,
      workerScript: join(__dirname, 'summary-task.js'),
      signal: controller.signal,
      display: (path, root) => {
        const shown =
          (roots.length > 1 ? `${root.split(sep).at(-1)}/` : '') + relative(root, path).split(sep).join('/');
        this.locations.set(shown, path);
        return shown;
      },
      onProgress: (done, total) => {
        // At most every 2% (and at the end): progress must not flood the connection.
        if (done === total || done - last >= Math.max(1, total / 50)) {
          last = done;
          void this.connection.sendNotification(summaryProgress, { done, total });
        }
      },
    });
  }

  private async contributions(
    coachee: string,
    folders: string[],
    token: CancellationToken,
  ): Promise<{ markdown: string }> {
    const summary = await this.summary(folders, token);
    const settings = await this.settings.get(folders[0] ?? '');
    const sources: ContributionSource[] = [];
    const matchers = new MatcherMemo();
    for (const report of summary.reports.filter((r) => r.coachee === coachee)) {
      if (token.isCancellationRequested) break;
      const path = this.locations.get(report.path);
      if (!path) continue;
      const read = readReport(path);
      if ('error' in read) continue;
      const { text } = read;
      sources.push({
        path: report.path,
        link: pathToFileURL(path).href,
        date: report.date,
        analysis: analyzeReport(text, settings, { matchers }),
      });
    }
    return { markdown: collectContributions(coachee, sources, settings.locale ?? 'nl') };
  }
}
