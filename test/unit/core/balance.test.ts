import assert from 'node:assert/strict';
import { balanceOf } from '../../../server/src/core/balance';
import { analyze } from '../../helpers';

describe('balance', () => {
  it('counts words per class and computes both shares', () => {
    const balance = balanceOf([
      { words: 6, valence: 'strength', focus: 'coachee' },
      { words: 4, valence: 'weakness', focus: 'coach' },
      { words: 5, valence: 'neutral', focus: 'neutral' },
    ]);
    assert.deepEqual(balance, { strengthWords: 6, weaknessWords: 4, coachWords: 4, coacheeWords: 6, strengthShare: 0.6, coacheeShare: 0.6 });
  });
  it('gives null shares when both counts are zero', () => {
    assert.deepEqual(balanceOf([{ words: 3, valence: 'neutral', focus: 'neutral' }]).strengthShare, null);
  });
  it('keeps a balance per heading section', () => {
    const analysis = analyze('# Goed\n\nZe besloot zelf te bellen.\n\n# Lastig\n\nHij voelt zich onzeker.\n');
    const byHeading = Object.fromEntries(analysis.sections.filter((s) => s.heading).map((s) => [s.heading, s.balance.strengthShare]));
    assert.deepEqual(byHeading, { Goed: 1, Lastig: 0 });
  });
});
