import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Analyzer, longFrom } from '../../../server/src/lsp/analyzer';
import { AnalysisStopped } from '../../../server/src/lsp/analysis-failure';
import { defaultSettings } from '../../../server/src/core/settings';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'workers');
const dist = join(__dirname, '..', '..', '..', 'dist');
// Longer than what the server reads on its main thread while the worker starts: this goes to the worker.
const longReport = Array.from({ length: 800 }, (_, i) => `Ze besloot zelf om gesprek ${i} aan te gaan.`).join('\n\n');

describe('analysis worker', () => {
  let analyzer: Analyzer | undefined;
  afterEach(() => analyzer?.dispose());

  it('stops a worker whose progress stands still, and says so', async () => {
    analyzer = new Analyzer({ script: join(fixtures, 'never-answers.mjs'), stallMs: 200 });
    const error = await analyzer.analyze('file:///long.md', longReport, defaultSettings).catch((e: unknown) => e);
    assert.ok(error instanceof AnalysisStopped, String(error));
    assert.equal(error.reason, 'stalled');
    assert.equal(error.seconds, 0.2);
  });

  it('fails the job of a worker that dies, and starts a new worker for the next', async () => {
    analyzer = new Analyzer({ script: join(fixtures, 'exits.mjs') });
    const first = await analyzer.analyze('file:///long.md', longReport, defaultSettings).catch((e: unknown) => e);
    assert.ok(first instanceof AnalysisStopped && first.reason === 'crashed', String(first));
    assert.match(first.message, /exit code 3/u);
    const second = await analyzer.analyze('file:///long.md', longReport, defaultSettings).catch((e: unknown) => e);
    assert.ok(second instanceof AnalysisStopped && second.reason === 'crashed', 'a new worker took the second job');
  });

  it('analyses a long report in the bundled worker', async () => {
    analyzer = new Analyzer({ script: join(dist, 'analysis-worker.js') });
    const analysis = await analyzer.analyze('file:///long.md', longReport, defaultSettings);
    assert.equal(analysis.sentences.length, 800);
  });

  it('never holds a report back behind a long one: the long one has a worker of its own', async () => {
    analyzer = new Analyzer({ script: join(dist, 'analysis-worker.js') });
    const huge = Array.from({ length: 20_000 }, (_, i) => `Ze besloot zelf om gesprek ${i} aan te gaan.`).join('\n\n');
    assert.ok(huge.length >= longFrom);
    const finished: string[] = [];
    // Sent first, the long report would be read first by a single worker; the short one must not wait for it.
    const long = analyzer.analyze('file:///long.md', huge, defaultSettings).then(() => finished.push('long'));
    const short = analyzer.analyze('file:///short.md', longReport, defaultSettings).then(() => finished.push('short'));
    await Promise.all([long, short]);
    assert.deepEqual(finished, ['short', 'long']);
  });

  it('reads a report above the size limit on a worker of its own, so a long report does not wait for it', async function () {
    this.timeout(120_000);
    analyzer = new Analyzer({ script: join(dist, 'analysis-worker.js') });
    const settings = { ...defaultSettings, maxFileSize: 300_000 };
    const paragraph = (i: number): string =>
      `Ze besloot zelf om gesprek ${i} aan te gaan. Hij twijfelde over stap ${i}.`;
    const huge = Array.from({ length: 40_000 }, (_, i) => paragraph(i)).join('\n\n');
    const long = Array.from({ length: 2_300 }, (_, i) => paragraph(i)).join('\n\n');
    assert.ok(long.length >= longFrom && long.length < settings.maxFileSize && huge.length > 10 * long.length);
    const finished: string[] = [];
    const reduced = analyzer
      .analyze('file:///huge.md', huge, settings)
      .then((a) => finished.push(`huge ${a.balance.strengthShare !== null}`));
    const longOne = analyzer.analyze('file:///long.md', long, settings).then(() => finished.push('long'));
    await Promise.all([reduced, longOne]);
    assert.deepEqual(finished, ['long', 'huge true']);
  });

  it('stops the long reports’ worker once it has nothing to do, and starts a new one for the next', async () => {
    analyzer = new Analyzer({ script: join(dist, 'analysis-worker.js'), longIdleMs: 10 });
    const long = Array.from({ length: 2_300 }, (_, i) => `Ze besloot zelf om gesprek ${i} aan te gaan.`).join('\n\n');
    assert.ok(long.length >= longFrom);
    const stopped = new Promise<void>((resolve) => (analyzer!.onLongIdleStop = resolve));
    assert.equal((await analyzer.analyze('file:///long.md', long, defaultSettings)).sentences.length, 2_300);
    await stopped;
    assert.equal((await analyzer.analyze('file:///long.md', long, defaultSettings)).sentences.length, 2_300);
  });

  it('moves the bundled worker’s progress counter at least once per block', async () => {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(join(dist, 'analysis-worker.js'), { workerData: { progress: progress.buffer } });
    try {
      const answer = new Promise<{ analysis?: unknown }>((resolve) => worker.once('message', resolve));
      worker.postMessage({
        kind: 'analyze',
        id: 1,
        uri: 'file:///long.md',
        text: longReport,
        settings: defaultSettings,
      });
      assert.ok((await answer).analysis);
      assert.ok(Atomics.load(progress, 0) >= 800, `counter at ${Atomics.load(progress, 0)}`);
    } finally {
      await worker.terminate();
    }
  });
});
