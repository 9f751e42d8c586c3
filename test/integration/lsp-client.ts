import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** A real JSON-RPC client talking to `node dist/server.js --stdio`, for integration tests. */
export class TestClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private readonly waiting: {
    uri: string;
    resolve: (p: PublishDiagnosticsParams) => void;
    predicate: (p: PublishDiagnosticsParams) => boolean;
  }[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  configuration: unknown = {};

  constructor() {
    this.process = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of [...this.waiting]) {
        if (waiter.uri === params.uri && waiter.predicate(params)) {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.configuration),
    );
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** Sends initialize and initialized, with the capabilities a settings-aware client has. */
  async initialize(
    locale = 'en',
    workspaceFolders: { uri: string; name: string }[] | null = null,
    initializationOptions?: object,
  ): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale,
      workspaceFolders,
      initializationOptions,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Opens a document and resolves with its first diagnostics. */
  open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const published = this.next(uri);
    void this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
    return published;
  }

  /** The next diagnostics for a document that satisfy a predicate (10 s at most). */
  next(
    uri: string,
    predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within 10 s`)), 10_000);
      this.waiting.push({
        uri,
        predicate,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Shuts the server down as a client would, and waits for the process to end. */
  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

/** A fresh server per test, stopped after it: `const server = freshServer(); … server().open(…)`. */
export function freshServer(): () => TestClient {
  let client: TestClient | undefined;
  beforeEach(() => {
    client = new TestClient();
  });
  afterEach(async () => {
    await client?.stop();
  });
  return () => client!;
}
