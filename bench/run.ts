// npm run bench: Kracht against the parse limit (remark-parse alone) and the fastest Markdown-aware
// peer (markdownlint), as ratios measured in one run on seeded inputs. Prints every figure and ratio
// and writes them to bench/results/<time>.json. BENCH_WORKSPACES=1000,10000 sets the workspace sizes;
// BENCH_PARTS=documents,processes,server,activation,workspaces picks the parts to run (all by default).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Settings } from '../server/src/core/settings';
import { generateReport, generateReportOfSize, generateWorkspace } from './generate';
import { cliPoolFrom } from '../server/src/cli/summary';
import { shippedAnalysis } from './shipped';

const root = join(__dirname, '..');
const { analyzeReport, ReportSession, defaultSettings } = shippedAnalysis(root);
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
};
const parser = unified().use(remarkParse);

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (line: string): void => console.log(line);

/**
 * Times several runs in turn, round after round: one list of samples per run. A run may come with an
 * untimed step that goes before it in every round. Each round starts one run further on, so that every run
 * follows every other as often: the garbage one tool leaves falls on all alike, not on the one after it.
 */
function interleaved(
  runs: (() => unknown)[],
  repeats: number,
  before: ((() => unknown) | undefined)[] = [],
  warmUps = 1,
): number[][] {
  for (let round = 0; round < warmUps; round++)
    runs.forEach((run, index) => {
      before[index]?.();
      run();
    });
  const samples = runs.map(() => [] as number[]);
  for (let round = 0; round < repeats; round++) {
    for (let turn = 0; turn < runs.length; turn++) {
      const index = (turn + round) % runs.length;
      before[index]?.();
      const start = performance.now();
      runs[index]!();
      samples[index]!.push(performance.now() - start);
    }
  }
  return samples;
}
const parts = new Set((process.env.BENCH_PARTS ?? 'documents,processes,server,activation,workspaces').split(','));

// ---------------------------------------------------------------- one document
const sizes: [string, string][] = [1000, 2000, 20000, 100000].map((words) => [
  `${words} words`,
  generateReport(42, words, 'nl'),
]);
// The --preset corpus's 1 MB report (bench/generate.ts).
sizes.push(['1 MB', generateReportOfSize(42, 1 << 20, 'nl')]);
const documents: Record<string, unknown> = {};
if (parts.has('documents')) log('one document (ms, median / p95)');
for (const [name, text] of parts.has('documents') ? sizes : []) {
  // A p95 needs enough samples to be more than the third-worst run: 201 rounds where a round is cheap
  // (a scavenge that falls in one timed edit of 41 decided the 2,000-word p95 from one run to the next).
  const repeats = text.length > 500_000 ? 3 : text.length > 200_000 ? 5 : text.length > 50_000 ? 41 : 201;
  // The cached path: an edit in the middle of the text the cold analysis just read. Each edit is new
  // (a counter is typed), so the chunk it falls in is never in the cache: one chunk is read and its
  // sentence labelled again, everything else comes from the caches. As while typing, the edit timed
  // follows another edit (untimed), not the cold analysis and the garbage it leaves.
  const middle = text.lastIndexOf(' ', text.length / 2);
  let typed = 0;
  // The document's session: a new one for each cold analysis, which the edits after it then type into.
  let session = new ReportSession();
  const edit = (): unknown =>
    analyzeReport(
      `${text.slice(0, middle)}${(typed++).toString(36)}${text.slice(middle)}`,
      { ...defaults(), maxFileSize: 2_000_000 },
      { session },
    );
  // Interleaved, so that a noisy moment on this shared machine, or the garbage one tool leaves behind, falls on all
  // four alike.
  const [parse, markdownlint, cold, keystroke] = interleaved(
    [
      () => parser.parse(text),
      () => lint({ strings: { doc: text } }),
      () => {
        session = new ReportSession();
        analyzeReport(text, { ...defaults(), maxFileSize: 2_000_000 }, { session });
      },
      edit,
    ],
    repeats,
    [undefined, undefined, undefined, edit],
    // Until each tool's code is compiled, the first size measured would pay for it: a few rounds first.
    text.length > 100_000 ? 1 : 5,
  ).map(stats) as [
    ReturnType<typeof stats>,
    ReturnType<typeof stats>,
    ReturnType<typeof stats>,
    ReturnType<typeof stats>,
  ];
  const mb = text.length / 1_000_000;
  const row = {
    words: name,
    chars: text.length,
    parse,
    markdownlint,
    kracht: cold,
    keystroke,
    mbPerSecond: {
      parse: round(mb / (parse.median / 1000)),
      markdownlint: round(mb / (markdownlint.median / 1000)),
      kracht: round(mb / (cold.median / 1000)),
    },
    ratios: {
      krachtToParse: round(cold.median / parse.median),
      krachtToMarkdownlint: round(cold.median / markdownlint.median),
      keystrokeToParse: round(keystroke.median / parse.median, 3),
      keystrokeP95ToParse: round(keystroke.p95 / parse.median, 3),
    },
  };
  documents[name] = row;
  log(
    `  ${name.padEnd(12)} parse ${parse.median} / ${parse.p95}  markdownlint ${markdownlint.median} / ${markdownlint.p95}  kracht ${cold.median} / ${cold.p95}  keystroke ${keystroke.median} / ${keystroke.p95}`,
  );
  log(
    `  ${''.padEnd(12)} kracht/parse ${row.ratios.krachtToParse}  kracht/markdownlint ${row.ratios.krachtToMarkdownlint}  keystroke/parse ${row.ratios.keystrokeToParse} (p95 ${row.ratios.keystrokeP95ToParse})  MB/s parse ${row.mbPerSecond.parse} markdownlint ${row.mbPerSecond.markdownlint} kracht ${row.mbPerSecond.kracht}`,
  );
}
results.documents = documents;

function defaults(): Settings {
  return { ...defaultSettings };
}

// Growth: time ∝ words^k, least squares on log-log from 1,000 to 100,000 words.
function exponent(key: 'parse' | 'kracht'): number {
  const points = sizes
    .slice(0, 4)
    .map(
      ([name, text]) =>
        [
          Math.log(text.split(/\s+/u).length),
          Math.log((documents[name] as Record<string, { median: number }>)[key]!.median),
        ] as const,
    );
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(points.map((p) => p[0]));
  const my = mean(points.map((p) => p[1]));
  return round(
    points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / points.reduce((s, [x]) => s + (x - mx) ** 2, 0),
  );
}
if (parts.has('documents')) results.growth = { parse: exponent('parse'), kracht: exponent('kracht') };
if (parts.has('documents'))
  log(
    `growth 1,000 → 100,000 words: time ∝ words^k, k = ${(results.growth as { kracht: number }).kracht} (remark-parse alone: ${(results.growth as { parse: number }).parse})`,
  );

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kracht-bench-'));
  try {
    if (parts.has('processes')) await processes(work);
    if (parts.has('server')) await server(work);
    if (parts.has('activation')) await activation();
    if (parts.has('workspaces')) await workspaces(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const file = join(root, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/gu, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`written to ${file}`);
}

/** Peak RSS and wall time of a whole process (GNU time). */
function measure(command: string[], env: NodeJS.ProcessEnv = process.env): { ms: number; peakMb: number } {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', ...command], { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const peakKb = Number(result.stderr.trim().split('\n').at(-1));
  return { ms: round(ms), peakMb: round(peakKb / 1024, 1) };
}

async function processes(work: string): Promise<void> {
  const file = join(work, 'report.md');
  writeFileSync(file, generateReport(7, 2000, 'nl'));
  const parseOnly = join(work, 'parse-only.mjs');
  writeFileSync(
    parseOnly,
    `import { readFileSync } from 'node:fs';\nimport { unified } from ${JSON.stringify(require.resolve('unified').replace(/index\.js$/u, 'index.js'))};\nimport remarkParse from ${JSON.stringify(require.resolve('remark-parse'))};\nunified().use(remarkParse).parse(readFileSync(process.argv[2], 'utf8'));\n`,
  );
  // Taken in turn, round after round, so that a slow moment of this shared machine falls on all three alike.
  const commands = [
    [process.execPath, join(root, 'dist', 'cli.js'), 'analyze', file],
    [process.execPath, parseOnly, file],
    [process.execPath, '-e', '0'],
  ];
  const samples = commands.map(() => [] as { ms: number; peakMb: number }[]);
  measure(commands[0]!); // the first run stores the CLI's compiled code; the others use it
  for (let round = 0; round < 31; round++) commands.forEach((command, index) => samples[index]!.push(measure(command)));
  const [kracht, parse, bare] = samples.map((all) => ({
    ms: stats(all.map((r) => r.ms)).median,
    peakMb: Math.max(...all.map((r) => r.peakMb)),
  })) as [{ ms: number; peakMb: number }, { ms: number; peakMb: number }, { ms: number; peakMb: number }];
  results.process = {
    krachtAnalyze: kracht,
    remarkParseProcess: parse,
    bareNode: bare,
    ratio: round(kracht.ms / parse.ms),
  };
  log(
    `kracht analyze (2,000 words) as a process: ${kracht.ms} ms, ${kracht.peakMb} MB; a process running remark-parse: ${parse.ms} ms; node alone: ${bare.ms} ms; ratio ${round(kracht.ms / parse.ms)}`,
  );
}

async function server(work: string): Promise<void> {
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiting = new Map<string, (version: number) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) =>
    waiting.get(p.uri)?.(p.version ?? -1),
  );
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) =>
    p.items.map(() => ({ focusMode: false })),
  );
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  const rss = (): number =>
    round(Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024, 1);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const idle = rss();
  const published = (uri: string, version: number): Promise<void> =>
    new Promise((resolve) => waiting.set(uri, (v) => v >= version && resolve()));
  // Opening: time to the first diagnostics for realistic reports (the first also warms the worker) and hostile ones.
  const opening: Record<string, number> = {};
  const openAndWait = async (name: string, text: string): Promise<void> => {
    const uri = `file://${work}/open-${name}.md`;
    const done = published(uri, 1);
    const start = performance.now();
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await done;
    opening[name] = round(performance.now() - start);
  };
  await openAndWait('realistic report, first', generateReport(21, 800, 'nl'));
  await openAndWait('realistic report, second', generateReport(22, 800, 'en'));
  const deep = 100_000;
  await openAndWait('hostile: 100,000 nested quotes', `${'>'.repeat(deep)} x\n`);
  await openAndWait('hostile: 100,000 brackets', `${'['.repeat(deep)}x${']'.repeat(deep)}\n`);
  await openAndWait('hostile: 100,000 emphasis markers', `${'*_'.repeat(deep / 2)}x${'_*'.repeat(deep / 2)}\n`);
  await openAndWait('hostile: 100,000 list markers', `${'- '.repeat(deep)}x\n`);
  await openAndWait(
    'hostile: 2,000 lines of deepening quotes',
    Array.from({ length: 2000 }, (_, i) => `${'>'.repeat(i)} regel ${i}`)
      .join('\n')
      .slice(0, 1_000_000),
  );
  for (const [name, ms] of Object.entries(opening)) log(`open → diagnostics over stdio, ${name}: ${ms} ms`);
  const keystrokes: Record<string, unknown> = {};
  for (const words of [2000, 20000]) {
    const uri = `file://${work}/keys-${words}.md`;
    const text = generateReport(11, words, 'nl');
    let done = published(uri, 1);
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await done;
    const samples: number[] = [];
    const line = Math.floor(text.split('\n').length / 2);
    for (let version = 2; version < 12; version++) {
      done = published(uri, version);
      const start = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
      });
      await done;
      samples.push(performance.now() - start);
    }
    keystrokes[`${words} words`] = { ...stats(samples), note: 'includes the 250 ms typing debounce' };
    log(
      `keystroke → publishDiagnostics over stdio, ${words} words: ${stats(samples).median} ms median (250 ms of it is the debounce)`,
    );
  }
  // 2,000 edits as fast as the pipe takes them, one character each: the time from the last to its diagnostics.
  const burstUri = `file://${work}/burst.md`;
  const burstText = generateReport(13, 2000, 'nl');
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: burstUri, languageId: 'markdown', version: 1, text: burstText },
  });
  await published(burstUri, 1);
  const burstLine = Math.floor(burstText.split('\n').length / 2);
  const edit = (version: number): Promise<void> =>
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: burstUri, version },
      contentChanges: [
        { range: { start: { line: burstLine, character: 0 }, end: { line: burstLine, character: 0 } }, text: 'x' },
      ],
    });
  for (let version = 2; version < 2001; version++) void edit(version);
  const burstDone = published(burstUri, 2001);
  await edit(2001);
  const lastSent = performance.now();
  await burstDone;
  const afterBurst = round(performance.now() - lastSent);
  log(
    `last of 2,000 fast edits (2,000 words) → publishDiagnostics over stdio: ${afterBurst} ms (250 ms of it is the debounce)`,
  );
  // 10,000 fast edits, then the memory they left behind.
  const uri = `file://${work}/edits.md`;
  const text = generateReport(12, 2000, 'nl');
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  await published(uri, 1);
  const afterFirst = rss();
  for (let version = 2; version <= 10_001; version++) {
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        {
          range: { start: { line: 10, character: 0 }, end: { line: 10, character: version % 2 ? 1 : 0 } },
          text: version % 2 ? '' : 'x',
        },
      ],
    });
    if (version % 500 === 0) await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await published(uri, 10_001);
  const afterEdits = rss();
  results.server = {
    idleRssMb: idle,
    rssAfterFirstEditMb: afterFirst,
    rssAfter10000EditsMb: afterEdits,
    growthMb: round(afterEdits - afterFirst, 1),
    opening,
    keystrokes,
    afterBurstOf2000EditsMs: afterBurst,
  };
  log(
    `server RSS: idle ${idle} MB, after the first analysis ${afterFirst} MB, after 10,000 edits ${afterEdits} MB (growth ${round(afterEdits - afterFirst, 1)} MB)`,
  );
  connection.dispose();
  child.kill();
}

/**
 * Extension activation. `activate()` loads the extension bundle and waits for the language client's
 * start: the server process started and its `initialize` answered. Both are timed here without an
 * editor (five fresh processes each). Where `npm run test:e2e` has installed code-server, the whole
 * activation in a real editor is timed too: from opening a report to the extension being active.
 */
async function activation(): Promise<void> {
  const loads: number[] = [];
  const starts: number[] = [];
  // The bundle's own loading, with a stand-in for the `vscode` module: the language client extends some
  // of its classes when it loads, so every name is an empty class; nothing of it is called on load.
  const load = `const M=require('module');const r=M._resolveFilename;M._resolveFilename=function(q,...a){return q==='vscode'?q:r.call(this,q,...a)};require.cache.vscode={id:'vscode',filename:'vscode',loaded:true,exports:new Proxy({},{get:(o,k)=>k in o?o[k]:(o[k]=class{})})};const t=performance.now();require(${JSON.stringify(join(root, 'dist', 'extension.js'))});console.log(performance.now()-t)`;
  for (let i = 0; i < 5; i++) {
    const loaded = spawnSync(process.execPath, ['-e', load], { encoding: 'utf8' });
    if (loaded.status !== 0) throw new Error(`the extension bundle did not load: ${loaded.stderr}`);
    loads.push(Number(loaded.stdout.trim()));
    const start = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    starts.push(performance.now() - start);
    connection.dispose();
    child.kill();
  }
  const row: Record<string, unknown> = { extensionBundleLoad: stats(loads), serverStartToInitialize: stats(starts) };
  log(
    `activation without an editor: extension bundle loads in ${stats(loads).median} ms; server started and initialize answered in ${stats(starts).median} ms (medians of 5)`,
  );
  const suite = join(root, 'test-results', 'e2e', 'run-tests.js');
  const home = process.env.E2E_HOME ?? join(tmpdir(), 'kracht-e2e');
  const installed =
    existsSync(suite) && existsSync(home) && readdirSync(home).some((name) => name.startsWith('.installed-'));
  if (!installed) {
    log('activation in code-server: skipped (npm run test:e2e installs code-server and builds the suite)');
  } else {
    spawnSync(process.execPath, [join(root, 'test', 'e2e', 'build.mjs')], { cwd: root });
    const inEditor: number[] = [];
    for (let i = 0; i < 3; i++) {
      const result = spawnSync(process.execPath, [suite], {
        encoding: 'utf8',
        env: {
          ...process.env,
          VSCODE_EXECUTABLE: join(root, 'test', 'e2e', 'harness', 'vscode-shim.cjs'),
          E2E_GREP: 'activates on a Markdown report',
        },
      });
      const found = /\[kracht\] activated (\d+) ms/u.exec(`${result.stdout}${result.stderr}`);
      if (found) inEditor.push(Number(found[1]));
    }
    row.codeServerOpenToActive = inEditor.length > 0 ? stats(inEditor) : null;
    log(
      inEditor.length > 0
        ? `activation in code-server: active ${stats(inEditor).median} ms after the report was opened (median of ${inEditor.length}; code-server's own start-up work included)`
        : 'activation in code-server: the suite did not report it',
    );
  }
  results.activation = row;
}

async function workspaces(work: string): Promise<void> {
  const counts = (process.env.BENCH_WORKSPACES ?? '1000,10000').split(',').map(Number);
  const rows: Record<string, unknown> = {};
  for (const count of counts) {
    const folder = join(work, `ws-${count}`);
    generateWorkspace(folder, count);
    const parseAll = join(work, 'parse-all.mjs');
    writeFileSync(
      parseAll,
      `import { readFileSync, readdirSync } from 'node:fs';\nimport { join } from 'node:path';\nimport { unified } from ${JSON.stringify(require.resolve('unified'))};\nimport remarkParse from ${JSON.stringify(require.resolve('remark-parse'))};\nconst p = unified().use(remarkParse);\nfor (const d of readdirSync(process.argv[2])) for (const f of readdirSync(join(process.argv[2], d))) p.parse(readFileSync(join(process.argv[2], d, f), 'utf8'));\n`,
    );
    const summary = [process.execPath, join(root, 'dist', 'cli.js'), 'summary', folder, '--format', 'json'];
    // Three rounds, each taking parse, cold, warm and one thread in turn, each cold run with an empty
    // cache: a single run of each on this shared machine moved the ratio by a third from one run to the next.
    const rounds = Array.from({ length: 3 }, () => {
      const cache = mkdtempSync(join(tmpdir(), 'kracht-bench-cache-'));
      const env = { ...process.env, XDG_CACHE_HOME: cache };
      const times = {
        parse: measure([process.execPath, parseAll, folder]),
        cold: measure(summary, env),
        warm: measure(summary, env),
        single: measure([...summary, '--no-cache', '--workers', '0'], env),
        // Below cliPoolFrom the cold run keeps to one thread; on two workers as well, so that peak RSS
        // can be set beside a larger workspace's on the same threads.
        pooled: count < cliPoolFrom ? measure([...summary, '--no-cache', '--workers', '2'], env) : undefined,
      };
      rmSync(cache, { recursive: true, force: true });
      return times;
    });
    const median = (key: 'parse' | 'cold' | 'warm' | 'single' | 'pooled'): { ms: number; peakMb: number } => {
      const runs = rounds.map((times) => times[key] ?? times.cold).sort((a, b) => a.ms - b.ms);
      return { ms: runs[1]!.ms, peakMb: Math.max(...runs.map((run) => run.peakMb)) };
    };
    const [parse, cold, warm, single, pooled] = [
      median('parse'),
      median('cold'),
      median('warm'),
      median('single'),
      median('pooled'),
    ];
    // The cores the cold run used: below cliPoolFrom reports `kracht summary` keeps to one thread.
    const cores = count >= cliPoolFrom ? Math.min(2, availableParallelism()) : 1;
    rows[`${count} reports`] = {
      coresUsed: cores,
      parseOnly: parse,
      cold,
      warm,
      coldSingleThread: single,
      coldTwoWorkers: pooled,
      ratioColdToParsePerCore: round(cold.ms / (parse.ms / cores)),
      ratioWarmToParse: round(warm.ms / parse.ms),
      rounds: rounds.map((r) => ({ parse: r.parse.ms, cold: r.cold.ms, warm: r.warm.ms, single: r.single.ms })),
    };
    log(
      `summary of ${count} reports (medians of 3 rounds): cold ${cold.ms} ms (${cold.peakMb} MB), warm ${warm.ms} ms (${warm.peakMb} MB), one thread ${single.ms} ms; remark-parse of all files ${parse.ms} ms; cold / (parse / ${cores} core${cores === 1 ? '' : 's'} used) = ${round(cold.ms / (parse.ms / cores))}`,
    );
    log(
      `  rounds (parse / cold / warm / one thread, ms): ${rounds.map((r) => `${r.parse.ms} / ${r.cold.ms} / ${r.warm.ms} / ${r.single.ms}`).join('; ')}`,
    );
    log(
      `  peak RSS: cold on two workers ${pooled.peakMb} MB, on one thread ${single.peakMb} MB, warm ${warm.peakMb} MB`,
    );
    rmSync(folder, { recursive: true, force: true });
  }
  results.workspaces = rows;
  const sizes = Object.keys(rows);
  if (sizes.length > 1) {
    const peak = (size: string, key: 'coldTwoWorkers' | 'coldSingleThread' | 'warm'): number =>
      (rows[size] as Record<typeof key, { peakMb: number }>)[key].peakMb;
    const [first, last] = [sizes[0]!, sizes.at(-1)!];
    const growth = (key: 'coldTwoWorkers' | 'coldSingleThread' | 'warm'): string =>
      `${peak(first, key)} → ${peak(last, key)} MB (×${round(peak(last, key) / peak(first, key))})`;
    log(
      `peak RSS from ${first} to ${last}: cold on two workers ${growth('coldTwoWorkers')}, one thread ${growth('coldSingleThread')}, warm ${growth('warm')}`,
    );
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
