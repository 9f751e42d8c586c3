import assert from 'node:assert/strict';
import { ProgressWatchdog } from '../../../server/src/core/watchdog';
import { AnalysisStopped, retryDelayMs, stoppedNotice } from '../../../server/src/lsp/analysis-failure';

describe('progress watchdog', () => {
  it('never stops an analysis whose counter keeps moving, however slowly', () => {
    const watchdog = new ProgressWatchdog(30_000);
    watchdog.start(0, 0);
    // One step every 29 s for ten minutes: slow, as on a busy machine, but moving.
    for (let step = 1; step <= 20; step++) assert.equal(watchdog.stalled(step, step * 29_000), false, `step ${step}`);
  });

  it('stops one whose counter stood still for the whole period, and not a moment before', () => {
    const watchdog = new ProgressWatchdog(30_000);
    watchdog.start(7, 1_000);
    assert.equal(watchdog.stalled(7, 30_999), false);
    assert.equal(watchdog.stalled(7, 31_000), true);
  });

  it('restarts the wait when a new job starts', () => {
    const watchdog = new ProgressWatchdog(30_000);
    watchdog.start(3, 0);
    watchdog.start(3, 25_000);
    assert.equal(watchdog.stalled(3, 50_000), false);
  });
});

describe('a stopped analysis, as the coach is told', () => {
  it('says why, in the coach’s language, and that an edit tries again', () => {
    const stalled = stoppedNotice(new AnalysisStopped('stalled', 'no progress', 30), 'nl');
    assert.equal(stalled.code, 'analysis-stopped');
    assert.equal(stalled.severity, 3);
    assert.match(String(stalled.message), /30 seconden lang geen voortgang/u);
    assert.match(String(stalled.message), /opnieuw als je het verslag bewerkt/u);
    const crashed = stoppedNotice(new AnalysisStopped('crashed', 'the analysis worker stopped (exit code 3)'), 'en');
    assert.match(String(crashed.message), /stopped unexpectedly: the analysis worker stopped \(exit code 3\)/u);
  });

  it('names an error that is not its own as something that went wrong', () => {
    assert.match(
      String(stoppedNotice(new RangeError('Invalid string length'), 'en').message),
      /something went wrong: Invalid string length/u,
    );
    assert.match(String(stoppedNotice('odd', 'nl').message), /er ging iets mis: odd/u);
  });

  it('waits longer after each analysis in a row that did not finish, up to 30 s', () => {
    assert.deepEqual([0, 1, 2, 3, 6, 20].map(retryDelayMs), [0, 1000, 2000, 4000, 30_000, 30_000]);
  });
});
