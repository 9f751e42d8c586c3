import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './analyzer';
import { retryDelayMs, stoppedNotice } from './analysis-failure';
import { anyGlob, sizeNotice, type Settings, type Analysis } from '../kracht';
import { capped, paragraphAround, toDiagnostic } from './diagnostics';
import { reportAnalysed } from './protocol';
import type { SettingsStore } from './settings';

const debounceMs = 250;
const largeDocument = 1_000_000;
const largeDelayMs = 2000;
/** How long typing must pause before the paragraph being typed gets new diagnostics (focus mode). */
export const focusPauseMs = 3000;

/** Keeps open reports analysed: when and how the settings say, stale results dropped, failures contained. */
export class ReportDocuments {
  /** Per document, the lines of the paragraph last typed in and when. */
  private readonly typing = new Map<string, { from: number; to: number; at: number }>();
  readonly documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (document, changes, version) => {
      // Note where the coach is typing, for focus mode.
      const change = changes.find((c) => 'range' in c);
      if (change && 'range' in change)
        this.typing.set(document.uri, { from: change.range.start.line, to: change.range.end.line, at: Date.now() });
      return TextDocument.update(document, changes, version);
    },
  });
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly analyses = new Map<string, { version: number; analysis: Analysis; settings: Settings }>();
  private readonly published = new Map<string, Diagnostic[]>();
  /** Per document, how many analyses in a row did not finish: the next waits longer (see retryDelayMs). */
  private readonly failures = new Map<string, number>();
  private readonly opening = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsStore,
    private readonly analyzer = new Analyzer(),
  ) {
    this.documents.onDidOpen(({ document }) => {
      this.opening.add(document.uri);
      void this.whenSettings(document.uri, (s) => s.run !== 'manual' && this.schedule(document.uri, 0));
    });
    this.documents.onDidChangeContent(({ document }) => {
      // Opening also fires a content change: it must not put the first analysis behind the typing debounce.
      if (this.opening.delete(document.uri)) return;
      void this.whenSettings(document.uri, (s) => s.run === 'onType' && this.schedule(document.uri, debounceMs));
    });
    this.documents.onDidSave(
      ({ document }) =>
        void this.whenSettings(document.uri, (s) => s.run === 'onSave' && this.schedule(document.uri, 0)),
    );
    this.documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      for (const map of [this.timers, this.analyses, this.published, this.typing, this.failures])
        map.delete(document.uri);
      this.analyzer.forget(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    this.documents.listen(connection);
  }

  /** Gets the analysis ready before the first report opens. */
  prepare(): void {
    this.analyzer.prepare();
  }

  /** The latest analysis of an open document, if it matches the current version. */
  analysis(uri: string): Analysis | undefined {
    return this.current(uri)?.analysis;
  }

  /** The latest analysis of an open document with the settings it was made with, if it matches the current version. */
  current(uri: string): { analysis: Analysis; settings: Settings } | undefined {
    const entry = this.analyses.get(uri);
    return entry && entry.version === this.documents.get(uri)?.version ? entry : undefined;
  }

  /** The latest analysis of a document, even if the text has moved on since (for code lenses while typing). */
  lastAnalysis(uri: string): Analysis | undefined {
    return this.analyses.get(uri)?.analysis;
  }

  /** Called after each publication, e.g. to ask the client to refresh code lenses. */
  onPublished: (uri: string) => void = () => undefined;

  /** Re-analyses every open document, e.g. after a settings change (manual mode waits for its command). */
  refreshAll(): void {
    for (const document of this.documents.all())
      void this.whenSettings(document.uri, (s) => s.run !== 'manual' && this.schedule(document.uri, 0));
  }

  /** Focus mode: once the cursor leaves the paragraph being typed, its held-back diagnostics are shown. */
  cursorAt(uri: string, line: number): void {
    const typing = this.typing.get(uri);
    const document = this.documents.get(uri);
    if (!typing || !document) return;
    const { from, to } = paragraphAround(document, typing.from, typing.to);
    if (line >= from && line <= to) return;
    this.typing.delete(uri);
    this.schedule(uri, 0);
  }

  /** Analyses a document now, whatever kracht.run says: the "check this report" command. */
  checkNow(uri: string): boolean {
    if (!this.documents.get(uri)) return false;
    this.typing.delete(uri);
    this.schedule(uri, 0);
    return true;
  }

  private async whenSettings(uri: string, action: (settings: Settings) => unknown): Promise<void> {
    try {
      action(await this.settings.get(uri));
    } catch (error) {
      this.connection.console.error(`kracht: ${uri}: ${(error as Error).message}`);
    }
  }

  private schedule(uri: string, delay: number): void {
    // A report past kracht.maxFileSize is analysed when typing pauses, not on every keystroke.
    const size = this.documents.get(uri)?.getText().length ?? 0;
    if (delay > 0 && size > largeDocument) delay = largeDelayMs;
    // After an analysis that did not finish, the next try waits longer: a report that stops the worker
    // must not restart it on every keystroke.
    delay = Math.max(delay, retryDelayMs(this.failures.get(uri) ?? 0));
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => void this.publish(uri), delay),
    );
  }

  private isReport(uri: string, settings: Settings): boolean {
    if (!uri.startsWith('file:')) return true;
    const path = fileURLToPath(uri);
    const folder = this.settings.folderOf(uri);
    const relativePath = (folder ? relative(folder, path) : path).split('\\').join('/');
    return anyGlob(settings.include, relativePath) && !anyGlob(settings.exclude, relativePath);
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await this.settings.get(uri);
    if (this.documents.get(uri)?.version !== version) return; // A newer edit will publish.
    if (!this.isReport(uri, settings)) {
      await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    // A report past the size limit takes seconds to read: its notice is shown at once, not after them.
    const notice = this.published.has(uri) ? undefined : sizeNotice(document.getText(), settings);
    if (notice) {
      const diagnostics: Diagnostic[] = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 3,
          source: 'kracht',
          code: 'input',
          message: notice,
        },
      ];
      this.published.set(uri, diagnostics);
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
    }
    let analysis: Analysis;
    try {
      analysis = await this.analyzer.analyze(uri, document.getText(), settings);
    } catch (error) {
      // The report's text never goes to the log: only where it failed.
      this.connection.console.error(`kracht: analysis of ${uri} failed: ${(error as Error).message}`);
      if (this.documents.get(uri)?.version !== version) return; // A newer edit will publish.
      await this.publishStopped(
        uri,
        version,
        error,
        settings.locale ?? this.analyses.get(uri)?.analysis.language ?? 'en',
      );
      return;
    }
    this.failures.delete(uri);
    if (this.documents.get(uri)?.version !== version) return; // A newer edit will publish.
    this.analyses.set(uri, { version, analysis, settings });
    const locale = settings.locale ?? analysis.language;
    let diagnostics = capped(
      analysis.findings.map((finding) => toDiagnostic(finding, uri, version, locale)),
      locale,
    );
    for (const problem of analysis.problems) {
      diagnostics.push({
        range: problem.range,
        severity: 3,
        source: 'kracht',
        code: 'input',
        message: problem.message,
      });
    }
    if (settings.focusMode) diagnostics = this.holdBackWhileTyping(uri, document, diagnostics);
    this.published.set(uri, diagnostics);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.onPublished(uri);
    const { balance } = analysis;
    await this.connection.sendNotification(reportAnalysed, {
      uri,
      strengthShare: balance.strengthShare,
      coacheeShare: balance.coacheeShare,
      words: analysis.sentences.reduce((sum, s) => sum + s.words, 0),
      sentences: analysis.sentences.map((s) => ({ range: s.range, valence: s.valence, focus: s.focus })),
    });
  }

  /** In place of diagnostics of a text that is gone, or none: one that says the analysis stopped and why. */
  private async publishStopped(uri: string, version: number, error: unknown, locale: 'nl' | 'en'): Promise<void> {
    this.failures.set(uri, (this.failures.get(uri) ?? 0) + 1);
    this.analyses.delete(uri);
    const diagnostics = [stoppedNotice(error, locale)];
    this.published.set(uri, diagnostics);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.onPublished(uri);
  }

  /**
   * Focus mode: in the paragraph being typed, only diagnostics that were already shown stay until
   * typing pauses; then a second pass publishes the rest. A colleague does not interrupt mid-sentence.
   */
  private holdBackWhileTyping(uri: string, document: TextDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const typing = this.typing.get(uri);
    if (!typing) return diagnostics;
    const quiet = typing.at + focusPauseMs - Date.now();
    if (quiet <= 0) {
      this.typing.delete(uri);
      return diagnostics;
    }
    const { from, to } = paragraphAround(document, typing.from, typing.to);
    const before = new Set((this.published.get(uri) ?? []).map((d) => `${d.code}\u0000${d.message}`));
    const held = diagnostics.filter(
      (d) => d.range.start.line >= from && d.range.start.line <= to && !before.has(`${d.code}\u0000${d.message}`),
    );
    if (held.length === 0) return diagnostics;
    this.schedule(uri, quiet);
    return diagnostics.filter((d) => !held.includes(d));
  }
}
