import assert from 'node:assert/strict';
// A passive with the coachee as its explicit agent is her own doing (rule 23); with someone else, or none, it is not.
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('the coachee as the agent of a passive', () => {
  it('makes it her own doing, in both languages', () => {
    assertRuleLabels(
      [
        'Het plan is door haar zelf opgesteld.',
        'Het plan is door betrokkene zelf opgesteld.',
        'The plan was drawn up by my client herself.',
      ],
      'valence',
      'strength',
    );
  });
  it('does not when the agent is someone else', () => {
    for (const sentence of ['Het plan is door haar manager opgesteld.', 'The plan was drawn up by her manager.'])
      assert.notEqual(ruleLabel(sentence).valence, 'strength', sentence);
  });
});
