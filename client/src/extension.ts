import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { reportBalance } from '../../server/src/lsp/protocol';
import { createClient } from './client';
import { BalanceStatus } from './status-bar';

let client: LanguageClient | undefined;

/** Starts the language server for Markdown reports; returns the client so tests can reach it. */
export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const status = new BalanceStatus();
  context.subscriptions.push(status);
  client = createClient(context);
  context.subscriptions.push(client.onNotification(reportBalance, (params) => status.update(params)));
  context.subscriptions.push(
    vscode.commands.registerCommand('kracht.restartServer', async () => {
      await client?.restart();
    }),
  );
  await client.start();
  return client;
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
