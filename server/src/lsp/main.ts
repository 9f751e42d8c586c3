import { createConnection, ProposedFeatures, TextDocumentSyncKind, CodeActionKind, type InitializeResult } from 'vscode-languageserver/node';
import { codeActions } from './code-actions';
import { ReportDocuments } from './documents';
import { SettingsStore } from './settings';

const connection = createConnection(ProposedFeatures.all);
const settings = new SettingsStore(connection);
const reports = new ReportDocuments(connection, settings);

connection.onInitialize((params): InitializeResult => {
  settings.canAskClient = params.capabilities.workspace?.configuration === true;
  const locale = params.locale?.toLowerCase();
  settings.locale = locale?.startsWith('nl') ? 'nl' : locale ? 'en' : null;
  const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  settings.setFolders(folders);
  settings.global = params.initializationOptions?.settings ?? {};
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'kracht', version: '0.1.0' },
  };
});

connection.onDidChangeConfiguration((change) => {
  const payload = (change.settings as { kracht?: unknown } | null)?.kracht;
  if (payload !== undefined) settings.global = payload;
  settings.clear();
  reports.refreshAll();
});

connection.onCodeAction((params) => {
  const document = reports.documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    return codeActions(document, params, settings.locale ?? reports.analysis(document.uri)?.language ?? 'en', reports.analysis(document.uri));
  } catch (error) {
    connection.console.error(`kracht: code actions for ${params.textDocument.uri} failed: ${(error as Error).message}`);
    return [];
  }
});

connection.listen();
