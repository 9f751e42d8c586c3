import assert from 'node:assert/strict';
import { ruleLabel } from '../../helpers';

// What stood central in the sessions is about the sessions: neutral focus (rules 18, 23), whatever tool it names.
describe('the topic of the sessions', () => {
  it('reads what stood central or came up in the sessions as neither coach nor coachee', () => {
    for (const text of [
      'In de eerste gesprekken stond het herstel van de energiebalans centraal.',
      'Daarna kwam het kernkwadrant aan bod.',
      'Het incident van juni kwam pas na een half uur ter sprake.',
      'In session two the window of tolerance was the main focus.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'neutral', text);
    }
  });

  it('leaves the coach bringing in the same model the coach’s act', () => {
    assert.equal(ruleLabel('Daarna kernkwadrant erbij gepakt.').focus, 'coach');
    assert.equal(ruleLabel('Ik heb de energiebalans uitgelegd.').focus, 'coach');
  });
});
