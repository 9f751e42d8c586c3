import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { summaryHtml } from '../../server/src/format/summary-html';
import { summaryCsv } from '../../server/src/format/summary';
import { coacheeContributions, summaryProgress, workspaceSummary } from '../../server/src/lsp/protocol';
import type { WorkspaceSummary } from '../../server/src/lsp/protocol';

/** The summary commands: the balance webview and the coachee's own contributions. All work runs in the server. */
export function registerSummary(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable[] {
  let panel: vscode.WebviewPanel | undefined;
  let report: ((done: number, total: number) => void) | undefined;
  const folders = (): string[] => (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
  const locale = (): 'nl' | 'en' => (vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en');

  const fetchSummary = (): Thenable<WorkspaceSummary | undefined> =>
    vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Kracht: reading the reports'),
        cancellable: true,
      },
      async (progress, token) => {
        let reported = 0;
        report = (done, total) => {
          const percent = (done / Math.max(1, total)) * 100;
          progress.report({ increment: percent - reported, message: `${done} / ${total}` });
          reported = percent;
        };
        try {
          return await client.sendRequest(workspaceSummary, { folders: folders() }, token);
        } catch (error) {
          if (!token.isCancellationRequested)
            void vscode.window.showErrorMessage(
              vscode.l10n.t('Kracht could not summarise the reports: {0}', String((error as Error).message)),
            );
          return undefined;
        } finally {
          report = undefined;
        }
      },
    );

  // The panel's messages: open a report at a sentence, export the rows the filters leave.
  const attach = (created: vscode.WebviewPanel): void => {
    panel = created;
    created.onDidDispose(() => (panel = undefined));
    created.webview.onDidReceiveMessage(
      async (message: { type?: string; path?: string; line?: number; character?: number; paths?: unknown }) => {
        if (message.type === 'export' && Array.isArray(message.paths) && shown)
          await exportCsv(
            shown,
            message.paths.filter((p): p is string => typeof p === 'string'),
          );
        if (message.type !== 'open' || typeof message.path !== 'string') return;
        const target = await findReport(message.path);
        if (!target) return;
        const position = new vscode.Position(Number(message.line) || 0, Number(message.character) || 0);
        await vscode.window.showTextDocument(target, {
          selection: new vscode.Range(position, position),
          viewColumn: vscode.ViewColumn.Beside,
        });
      },
    );
  };
  let shown: WorkspaceSummary | undefined;
  // Only the bundled script may load; no remote resource of any kind.
  const webviewOptions: vscode.WebviewOptions = {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
  };
  const render = (target: vscode.WebviewPanel, summary: WorkspaceSummary): void => {
    shown = summary;
    // A panel brought back after a reload gets its options again here.
    target.webview.options = webviewOptions;
    const nonce = randomBytes(16).toString('base64');
    const scriptUri = target.webview
      .asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview.js'))
      .toString();
    target.webview.html = summaryHtml(summary, {
      locale: locale(),
      nonce,
      cspSource: target.webview.cspSource,
      scriptUri,
    });
  };

  const show = async (): Promise<void> => {
    if (folders().length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open a folder with session reports to see their balance.'),
      );
      return;
    }
    const summary = await fetchSummary();
    if (!summary) return;
    if (!panel)
      attach(
        vscode.window.createWebviewPanel(
          'kracht.summary',
          vscode.l10n.t('Kracht: Balance Summary'),
          vscode.ViewColumn.Active,
          webviewOptions,
        ),
      );
    render(panel!, summary);
    panel!.reveal();
  };

  const exportCsv = async (summary: WorkspaceSummary, paths: readonly string[]): Promise<void> => {
    const wanted = new Set(paths);
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      filters: { CSV: ['csv'] },
      ...(base ? { defaultUri: vscode.Uri.joinPath(base, 'kracht-summary.csv') } : {}),
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(
      target,
      new TextEncoder().encode(
        summaryCsv({ ...summary, reports: summary.reports.filter((r) => wanted.has(r.path)) }, 'report'),
      ),
    );
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Kracht exported {0} reports to {1}.', wanted.size, vscode.workspace.asRelativePath(target)),
    );
  };

  const findReport = async (path: string): Promise<vscode.Uri | undefined> => {
    const roots = vscode.workspace.workspaceFolders ?? [];
    const [first, ...rest] = path.split('/');
    const root = roots.length > 1 ? roots.find((r) => r.name === first) : roots[0];
    if (!root) return undefined;
    return vscode.Uri.joinPath(root.uri, ...(roots.length > 1 ? rest : [first!, ...rest]));
  };

  const collect = async (): Promise<void> => {
    const summary = await fetchSummary();
    if (!summary) return;
    const coachee = await vscode.window.showQuickPick(
      summary.coachees.map((c) => ({ label: c.name, description: vscode.l10n.t('{0} reports', c.reports) })),
      { placeHolder: vscode.l10n.t('Whose own contributions?') },
    );
    if (!coachee) return;
    const { markdown } = await client.sendRequest(coacheeContributions, { coachee: coachee.label, folders: folders() });
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(document);
  };

  return [
    client.onNotification(summaryProgress, ({ done, total }) => report?.(done, total)),
    vscode.commands.registerCommand('kracht.showSummary', show),
    // After a reload VS Code brings the panel back; it is drawn afresh from the reports as they are now.
    vscode.window.registerWebviewPanelSerializer('kracht.summary', {
      async deserializeWebviewPanel(restored: vscode.WebviewPanel): Promise<void> {
        attach(restored);
        const summary = await fetchSummary();
        if (summary && panel === restored) render(restored, summary);
      },
    }),
    vscode.commands.registerCommand('kracht.collectContributions', collect),
    { dispose: () => panel?.dispose() },
  ];
}
