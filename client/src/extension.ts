import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkReport, cursorMoved, hideFindingCommand, reportAnalysed } from '../../server/src/lsp/protocol';
import { createClient } from './client';
import { Highlights } from './highlights';
import { BalanceStatus } from './status-bar';
import { registerSummary } from './summary';
import { showSectionFindings } from './section-findings';
import { hideFinding, restoreHiddenFindings, watchHiddenFindings } from './hidden-findings';
import { registerRulePages } from './rule-pages';

let client: LanguageClient | undefined;

/** Starts the language server for Markdown reports and registers the commands; returns the client for tests. */
export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const status = new BalanceStatus();
  const highlights = new Highlights();
  client = createClient(context);
  const started = client;
  context.subscriptions.push(
    status,
    highlights,
    started.onNotification(reportAnalysed, (params) => {
      status.update(params);
      highlights.update(params);
    }),
    vscode.commands.registerCommand('kracht.restartServer', () => started.restart()),
    vscode.commands.registerCommand('kracht.checkReport', async () => {
      const uri = vscode.window.activeTextEditor?.document.uri.toString();
      if (uri) await started.sendRequest(checkReport, { uri });
    }),
    // The server's source action source.fixAll.kracht, applied at once (also on save with editor.codeActionsOnSave).
    vscode.commands.registerCommand('kracht.addAllReflections', () =>
      vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.kracht', apply: 'first' }),
    ),
    vscode.commands.registerCommand('kracht.toggleHighlights', () => highlights.toggle()),
    vscode.commands.registerCommand('kracht.showSectionFindings', showSectionFindings),
    vscode.commands.registerCommand(hideFindingCommand, hideFinding),
    vscode.commands.registerCommand('kracht.restoreHiddenFindings', restoreHiddenFindings),
    watchHiddenFindings(),
    registerRulePages(context),
    ...registerSummary(context, started),
    vscode.workspace.onDidGrantWorkspaceTrust(() => started.restart()),
    // Focus mode: the server shows what it held back once the cursor leaves the paragraph being typed.
    vscode.window.onDidChangeTextEditorSelection(({ textEditor, selections }) => {
      if (textEditor.document.languageId !== 'markdown' || !started.isRunning()) return;
      void started.sendNotification(cursorMoved, {
        uri: textEditor.document.uri.toString(),
        line: selections[0]!.active.line,
      });
    }),
  );
  await started.start();
  // The restart command's `when`: offered once Kracht runs in this window.
  void vscode.commands.executeCommand('setContext', 'kracht.active', true);
  return started;
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
