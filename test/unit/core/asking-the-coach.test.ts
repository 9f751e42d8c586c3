import assert from 'node:assert/strict';
// The coachee asking the coach what to do is weakness (rule 15); not asking is the coachee's own way (rule 10).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('asking the coach, in every form of the verb', () => {
  it('hears the base form and the -ing form as the ask, and the perfect in Dutch', () => {
    assertRuleLabels(
      [
        'She keeps asking me what to do.',
        'Does she ask me for advice every time?',
        'Ze heeft me gevraagd wat ze moest doen.',
      ],
      'valence',
      'weakness',
    );
  });
  it('reads an ask not made, not even once, as the coachee’s own way', () => {
    assertRuleLabels(
      ['She did not ask me what she should do next.', 'She did not once ask me what she should do next.'],
      'valence',
      'strength',
    );
    // "not once" is one negation: it opens no clause of time.
    assert.equal(ruleLabel('Ze heeft haar huiswerk niet één keer gemaakt.').valence, 'weakness');
  });
  it('hears asking the coach for permission as asking for a verdict, with expert-role, in both languages', () => {
    for (const text of [
      'Ze vroeg of ze de oefening deze week mocht overslaan.',
      'He asked whether he could skip the exercise.',
    ]) {
      const labels = ruleLabel(text);
      assert.deepEqual([labels.valence, labels.signals.includes('expert-role')], ['weakness', true], text);
    }
    // Asking someone else, or wondering, is no ask of the coach.
    assertRuleLabels(['Ze vroeg haar leidinggevende of ze eerder weg mocht.'], 'valence', 'neutral');
  });
});
