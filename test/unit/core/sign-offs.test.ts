import assert from 'node:assert/strict';
// A line of the report's own correspondence asking to hear back is a sign-off, no tip (rules 6, 32).
import { ruleLabel } from '../../helpers';

describe('sign-offs that ask to hear back', () => {
  it('carry no expert-role, however they address the coachee', () => {
    for (const sentence of [
      'Let me know how it goes with your manager.',
      'Keep me posted on your application.',
      'Laat me weten hoe het met je gaat.',
      'Houd me op de hoogte van je sollicitatie.',
    ]) {
      const { valence, signals } = ruleLabel(sentence);
      assert.equal(valence, 'neutral', sentence);
      assert.deepEqual(signals, [], sentence);
    }
  });
  it('leave a tip in the same words a tip', () => {
    assert.ok(ruleLabel('Let your manager know how you feel.').signals.includes('expert-role'));
  });
});

describe('a courtesy wish alone', () => {
  it('is neutral by kind, in both languages (rule 6)', () => {
    for (const sentence of ['Good luck with the conversation!', 'Veel succes met je presentatie!']) {
      const { valence, focus, signals } = ruleLabel(sentence);
      assert.deepEqual([valence, focus, signals], ['neutral', 'neutral', []], sentence);
    }
  });
  it('leaves a clause beside it that says more to say it', () => {
    assert.equal(ruleLabel('Good luck with the conversation, you are ready for it!').valence, 'strength');
  });
});
