import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { Analyzer } from '../../../server/src/lsp/analyzer';
import { AnalysisStopped } from '../../../server/src/lsp/analysis-failure';
import { ReportDocuments } from '../../../server/src/lsp/documents';
import { SettingsStore } from '../../../server/src/lsp/settings';
import { analyzeReport } from '../../../server/src/kracht';
import type { Settings } from '../../../server/src/core/settings';

/** The open-document side of the server, in this process, with an analyzer the test controls. */
function serverWith(analyze: (text: string, settings: Settings) => Promise<ReturnType<typeof analyzeReport>>): {
  client: MessageConnection;
  published: (uri: string, predicate: (p: PublishDiagnosticsParams) => boolean) => Promise<PublishDiagnosticsParams>;
  close: () => void;
} {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection: Connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const analyzer = {
    analyze: (_uri: string, text: string, settings: Settings) => analyze(text, settings),
    prepare: () => undefined,
    dispose: () => undefined,
    forget: () => undefined,
  } as unknown as Analyzer;
  new ReportDocuments(connection, new SettingsStore(connection), analyzer);
  connection.listen();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting: {
    uri: string;
    predicate: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const waiter of waiting.filter((w) => w.uri === params.uri && w.predicate(params))) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  });
  client.onNotification('window/logMessage', () => undefined);
  client.listen();
  return {
    client,
    published: (uri, predicate) => new Promise((resolve) => waiting.push({ uri, predicate, resolve })),
    close: () => {
      client.dispose();
      connection.dispose();
    },
  };
}

describe('an analysis that does not finish', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('replaces the report’s diagnostics with one that says so, and an edit brings them back', async () => {
    let stop = true;
    const server = serverWith(async (text, settings) => {
      if (stop) throw new AnalysisStopped('stalled', 'no progress', 30);
      return analyzeReport(text, settings);
    });
    close = server.close;
    const uri = 'file:///tmp/stuck.md';
    const text = 'Ik gaf hem drie tips voor het gesprek.';
    const first = server.published(uri, () => true);
    await server.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const notice = await first;
    assert.equal(notice.version, 1);
    assert.deepEqual(
      notice.diagnostics.map((d) => d.code),
      ['analysis-stopped'],
    );
    assert.match(String(notice.diagnostics[0]!.message), /no progress for 30 seconds/u);

    stop = false;
    const again = server.published(uri, (p) => p.version === 2);
    await server.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      // The whole text, not a range: focus mode would hold back what is new in the paragraph being typed.
      contentChanges: [{ text: `Vandaag: ${text}` }],
    });
    const codes = (await again).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('signal/expert-role'), codes.join(', '));
    assert.ok(!codes.includes('analysis-stopped'));
  });
});
