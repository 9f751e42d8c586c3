import {
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  CodeActionKind,
  CodeLensRefreshRequest,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { codeActions, fixAllKind } from './code-actions';
import { codeLenses, showSectionFindings } from './code-lens';
import { hover } from './hover';
import { checkReport, cursorMoved } from './protocol';
import { ReportDocuments } from './documents';
import { SettingsStore } from './settings';
import { SummaryService } from './summary';

const connection = createConnection(ProposedFeatures.all);
const settings = new SettingsStore(connection);
const reports = new ReportDocuments(connection, settings);
const summaries = new SummaryService(connection, settings);
// Whether the client runs the code lenses' command itself (known at initialize).
let clickableLenses = false;

connection.onInitialize((params): InitializeResult => {
  settings.canAskClient = params.capabilities.workspace?.configuration === true;
  const locale = params.locale?.toLowerCase();
  settings.locale = locale?.startsWith('nl') ? 'nl' : locale ? 'en' : null;
  const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  settings.setFolders(folders);
  settings.global = params.initializationOptions?.settings ?? {};
  settings.trusted = params.initializationOptions?.trusted !== false;
  const canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  // Commands the client runs itself (the VS Code extension names them); other clients get lenses that only show.
  const commands: unknown = params.initializationOptions?.commands;
  clickableLenses = Array.isArray(commands) && commands.includes(showSectionFindings);
  reports.onPublished = () => {
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  };
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'kracht', version: '0.1.0' },
  };
});

connection.onInitialized(() => reports.prepare());

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
    return codeActions(document, params, reports.current(document.uri));
  } catch (error) {
    connection.console.error(`kracht: code actions for ${params.textDocument.uri} failed: ${(error as Error).message}`);
    return [];
  }
});

/** The language for messages of a document: the editor's, else the report's own. */
function localeOf(uri: string): 'nl' | 'en' {
  return settings.locale ?? reports.analysis(uri)?.language ?? 'en';
}

connection.onHover((params) => {
  const analysis = reports.analysis(params.textDocument.uri);
  if (!analysis || typeof params.position?.line !== 'number') return null;
  return hover(analysis, params.position, localeOf(params.textDocument.uri));
});

connection.onCodeLens(async (params) => {
  const { uri } = params.textDocument;
  const analysis = reports.lastAnalysis(uri);
  if (!analysis || !(await settings.get(uri)).codeLens) return [];
  return codeLenses(analysis, localeOf(uri), uri, clickableLenses);
});

connection.onRequest(checkReport, ({ uri }) => reports.checkNow(uri));
connection.onNotification(cursorMoved, ({ uri, line }) => {
  if (typeof uri === 'string' && typeof line === 'number') reports.cursorAt(uri, line);
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  summaries.forget(changes.map((change) => change.uri));
  // A changed .kracht.json changes the settings of every report.
  if (changes.some((change) => change.uri.endsWith('/.kracht.json'))) {
    settings.clear();
    reports.refreshAll();
  }
});

connection.listen();
