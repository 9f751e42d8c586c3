import assert from 'node:assert/strict';
import { maxRestarts, nextRestart } from '../../../client/src/backoff';

describe('server restart policy', () => {
  it('waits longer after each stop and gives up after five within five minutes', () => {
    let history: number[] = [];
    const delays: number[] = [];
    for (let i = 0; i < maxRestarts; i++) {
      const next = nextRestart(history, 1000 * i)!;
      delays.push(next.delayMs);
      history = next.history;
    }
    assert.deepEqual(delays, [500, 1000, 2000, 4000, 8000]);
    assert.equal(nextRestart(history, 6000), null);
  });
  it('forgets stops older than five minutes', () => {
    const history = [0, 1, 2, 3, 4];
    assert.deepEqual(nextRestart(history, 5 * 60_000 + 10), { delayMs: 500, history: [5 * 60_000 + 10] });
  });
});
