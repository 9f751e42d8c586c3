import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { configurationSection } from '../../server/src/lsp/protocol';
import { RestartWithBackoff } from './restart';
import { rulePageMiddleware } from './rule-pages';

/** Builds the language client: the bundled server over IPC, for Markdown files and untitled documents. */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // A virtual workspace (Remote Repositories): its reports are analysed as they open (package.nls
      // "virtual.limited").
      { scheme: 'vscode-vfs', language: 'markdown' },
    ],
    synchronize: {
      configurationSection,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.md,.kracht.json}'),
    },
    // In an untrusted workspace the server ignores .kracht.json; VS Code withholds the restricted workspace settings.
    // `commands`: what the extension runs itself, so the server may make its code lenses clickable.
    initializationOptions: { trusted: vscode.workspace.isTrusted, commands: ['kracht.showSectionFindings'] },
    outputChannelName: 'Kracht',
    errorHandler: new RestartWithBackoff(),
    middleware: rulePageMiddleware,
  };
  return new LanguageClient('kracht', 'Kracht', serverOptions, clientOptions);
}
