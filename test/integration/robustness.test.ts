import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { freshServer, TestClient } from './lsp-client';

const dist = join(__dirname, '..', '..', 'dist');

describe('server robustness', function () {
  const server = freshServer();
  let client: TestClient;
  beforeEach(() => {
    client = server();
  });

  it('answers an unknown method with an error and keeps serving', async () => {
    await client.initialize();
    await assert.rejects(client.connection.sendRequest('kracht/doesNotExist', {}), /Unhandled method|not found/iu);
    const { diagnostics } = await client.open('file:///tmp/after-unknown.md', 'Ik gaf hem drie tips voor het gesprek.');
    assert.ok(diagnostics.some((d) => d.code === 'signal/expert-role'));
  });

  it('survives parameters of the wrong type', async () => {
    await client.initialize();
    const answer = await client.connection
      .sendRequest('textDocument/codeAction', { textDocument: { uri: 42 }, range: null, context: 'x' })
      .catch((e: Error) => e);
    assert.ok(answer !== undefined);
    const { diagnostics } = await client.open(
      'file:///tmp/after-bad-params.md',
      'Ik gaf hem drie tips voor het gesprek.',
    );
    assert.ok(diagnostics.length > 0);
  });

  it('caps diagnostics at 1,000 plus one that counts the rest', async () => {
    await client.initialize();
    const text = Array.from({ length: 1200 }, (_, i) => `Ik gaf hem tip ${i}.`).join('\n\n');
    const { diagnostics } = await client.open('file:///tmp/many.md', text);
    assert.equal(diagnostics.length, 1001);
    const last = diagnostics.at(-1) as Diagnostic;
    assert.equal(last.code, 'too-many');
    assert.match(String(last.message), /^\d+ more Kracht diagnostics/u);
  });

  it('gives a report above kracht.maxFileSize only its balance, and says so at once and once', async () => {
    await client.initialize();
    client.configuration = { maxFileSize: 2000 };
    // Three sections that each tip on their own: in full mode each would get its own diagnostic.
    const section = Array.from({ length: 70 }, () => 'Ik gaf hem tips. Hij voelt zich onzeker en twijfelt.').join(
      '\n\n',
    );
    const text = ['# Een', section, '# Twee', section, '# Drie', section].join('\n\n');
    const uri = 'file:///tmp/large.md';
    const balanced = client.next(uri, (p) => p.diagnostics.some((d) => d.code === 'balance/strength-weakness'));
    // The notice comes first, before the report has been read: a long read is never a silent one.
    const first = await client.open(uri, text);
    assert.deepEqual(
      first.diagnostics.map((d) => d.code),
      ['input'],
    );
    assert.match(String(first.diagnostics[0]!.message), /larger than 0\.002 MB: Kracht shows only the balance/u);
    const { diagnostics } = await balanced;
    assert.deepEqual([...new Set(diagnostics.map((d) => d.code))].sort(), ['balance/strength-weakness', 'input']);
    assert.equal(diagnostics.filter((d) => d.code === 'input').length, 1);
    assert.equal(
      diagnostics.filter((d) => d.code === 'balance/strength-weakness').length,
      1,
      'the report as a whole, not each section',
    );
  });
});

describe('server process', () => {
  it('survives malformed JSON-RPC and exits when its input ends', async () => {
    const child = spawn(process.execPath, [join(dist, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    const body = '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}';
    child.stdin.write('Content-Length: 5\r\n\r\n{oops');
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.end();
    const code = await Promise.race([
      exited,
      new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 5000)),
    ]);
    if (code === 'still running') child.kill();
    assert.notEqual(code, 'still running');
    assert.match(Buffer.concat(output).toString(), /"capabilities"/u);
  });
});

describe('privacy', () => {
  it('bundles no network module and no telemetry', () => {
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dist, file), 'utf8');
      for (const module of ['http', 'https', 'net', 'dns', 'http2', 'tls', 'dgram']) {
        assert.doesNotMatch(
          code,
          new RegExp(`require\\(["'](node:)?${module}["']\\)`, 'u'),
          `${file} requires ${module}`,
        );
      }
      assert.doesNotMatch(
        code,
        /\bfetch\(|XMLHttpRequest|applicationinsights|TelemetryReporter/u,
        `${file} reaches for the network`,
      );
    }
  });
});

describe('server responsiveness', () => {
  it('keeps answering requests while a long report is being analysed', async function () {
    // Waits for the long analysis itself: on a machine busy with other work that can take a minute.
    this.timeout(180_000);
    const client = new TestClient();
    try {
      await client.initialize('en');
      client.configuration = { maxFileSize: 10_000_000, focusMode: false };
      const small = 'file:///tmp/small.md';
      await client.open(small, 'Ik heb haar geadviseerd eerst met haar manager te praten.');
      const big = Array.from(
        { length: 4000 },
        (_, i) => `Ik gaf haar tip ${i}. Ze voelt zich onzeker en twijfelt over stap ${i}.`,
      ).join('\n\n');
      let analysed = false;
      const started = performance.now();
      const bigDone = client.open('file:///tmp/big.md', big).then(() => (analysed = true));
      // Ask one hover after another until the long analysis is done; note when each answer came.
      const answers: number[] = [started];
      while (!analysed) {
        const hover = await client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri: small },
          position: { line: 0, character: 5 },
        });
        assert.ok(hover, 'the hover has content');
        answers.push(performance.now());
      }
      await bigDone;
      // A ratio within one run, not a time limit: no answer waited for a large part of the analysis.
      const total = performance.now() - started;
      const longestWait = Math.max(...answers.slice(1).map((at, i) => at - answers[i]!));
      assert.ok(
        longestWait < total / 4,
        `a request waited ${Math.round(longestWait)} ms of a ${Math.round(total)} ms analysis`,
      );
    } finally {
      await client.stop();
    }
  });
});

describe('server lifecycle and trust', () => {
  it('answers a request sent before initialize as well as it can, then serves normally', async () => {
    const client = new TestClient();
    try {
      const early = await client.connection
        .sendRequest('textDocument/hover', {
          textDocument: { uri: 'file:///tmp/x.md' },
          position: { line: 0, character: 0 },
        })
        .catch((e: Error) => e);
      assert.ok(early === null || early instanceof Error, 'no hover for a document it has not seen');
      await client.initialize('en');
      const { diagnostics } = await client.open(
        'file:///tmp/after-early.md',
        'I gave him three tips for the interview.',
      );
      assert.ok(diagnostics.some((d) => d.code === 'signal/expert-role'));
    } finally {
      await client.stop();
    }
  });

  it('publishes the final text after 2,000 fast edits, and only that', async () => {
    const client = new TestClient();
    try {
      await client.initialize('en');
      client.configuration = { focusMode: false };
      const uri = 'file:///tmp/fast.md';
      await client.open(uri, 'Notes.\n');
      const final = client.next(uri, (p) => p.version === 2001);
      for (let version = 2; version <= 2001; version++) {
        const text = version === 2001 ? 'I gave him three tips to sleep better.' : 'x';
        void client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ text }],
        });
      }
      const published = await final;
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        ['signal/expert-role', 'signal/ungrounded-interpretation'],
      );
      // Stale versions were dropped, not published after the final one.
      assert.ok(client.published.filter((p) => p.uri === uri).every((p) => (p.version ?? 0) <= 2001));
    } finally {
      await client.stop();
    }
  });

  it('ignores .kracht.json in an untrusted workspace', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { pathToFileURL } = await import('node:url');
    const folder = mkdtempSync(join(tmpdir(), 'kracht-trust-'));
    writeFileSync(join(folder, '.kracht.json'), JSON.stringify({ severity: { 'signal/expert-role': 'off' } }));
    const uri = pathToFileURL(join(folder, 'report.md')).href;
    for (const trusted of [true, false]) {
      const client = new TestClient();
      try {
        await client.connection.sendRequest('initialize', {
          processId: process.pid,
          rootUri: null,
          locale: 'en',
          workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }],
          capabilities: { workspace: { configuration: true } },
          initializationOptions: { trusted },
        });
        await client.connection.sendNotification('initialized', {});
        const { diagnostics } = await client.open(uri, 'I gave him three tips for the interview.');
        assert.equal(
          diagnostics.some((d) => d.code === 'signal/expert-role'),
          !trusted,
          `trusted: ${trusted}`,
        );
      } finally {
        await client.stop();
      }
    }
  });
});
