import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeReport } from '../kracht';
import type { Analysis } from '../core/types';
import { toDiagnostic } from './diagnostics';
import { reportBalance } from './protocol';
import type { SettingsStore } from './settings';

const debounceMs = 250;
const largeDocument = 1_000_000;
const largeDelayMs = 2000;
const maxDiagnostics = 1000;

/** At most 1,000 diagnostics, then one that says how many more there are: never silently dropped. */
function capped(diagnostics: Diagnostic[], language: 'nl' | 'en'): Diagnostic[] {
  if (diagnostics.length <= maxDiagnostics) return diagnostics;
  const rest = diagnostics.length - maxDiagnostics;
  const kept = diagnostics.slice(0, maxDiagnostics);
  const message =
    language === 'nl'
      ? `Nog ${rest} meldingen van Kracht worden niet getoond; los eerst de bovenstaande op of zet regels uit met kracht.severity.`
      : `${rest} more Kracht diagnostics are not shown; address the ones above first, or turn rules off with kracht.severity.`;
  kept.push({ range: diagnostics[maxDiagnostics]!.range, severity: 3, source: 'kracht', code: 'too-many', message });
  return kept;
}

/** Keeps open reports analysed: debounced per document, stale results dropped, failures contained. */
export class ReportDocuments {
  readonly documents = new TextDocuments(TextDocument);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly analyses = new Map<string, { version: number; analysis: Analysis }>();

  constructor(private readonly connection: Connection, private readonly settings: SettingsStore) {
    this.documents.onDidOpen(({ document }) => this.schedule(document.uri, 0));
    this.documents.onDidChangeContent(({ document }) => this.schedule(document.uri, debounceMs));
    this.documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.analyses.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    this.documents.listen(connection);
  }

  /** The latest analysis of an open document, if it matches the current version. */
  analysis(uri: string): Analysis | undefined {
    const entry = this.analyses.get(uri);
    return entry && entry.version === this.documents.get(uri)?.version ? entry.analysis : undefined;
  }

  /** Re-analyses every open document, e.g. after a settings change. */
  refreshAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    // A report past kracht.maxFileSize is analysed when typing pauses, not on every keystroke.
    const size = this.documents.get(uri)?.getText().length ?? 0;
    if (delay > 0 && size > largeDocument) delay = largeDelayMs;
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.publish(uri), delay));
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await this.settings.get(uri);
    if (this.documents.get(uri)?.version !== version) return; // A newer edit will publish.
    let analysis: Analysis;
    try {
      analysis = analyzeReport(document.getText(), settings);
    } catch (error) {
      // The report's text never goes to the log: only where it failed.
      this.connection.console.error(`kracht: analysis of ${uri} failed: ${(error as Error).stack ?? error}`);
      return;
    }
    this.analyses.set(uri, { version, analysis });
    const diagnostics = capped(analysis.findings.map((finding) => toDiagnostic(finding, uri, version)), settings.locale ?? analysis.language);
    for (const problem of analysis.problems) {
      diagnostics.push({ range: problem.range, severity: 3, source: 'kracht', code: 'input', message: problem.message });
    }
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    const { balance } = analysis;
    await this.connection.sendNotification(reportBalance, {
      uri,
      strengthShare: balance.strengthShare,
      coacheeShare: balance.coacheeShare,
      words: analysis.sentences.reduce((sum, s) => sum + s.words, 0),
    });
  }
}
