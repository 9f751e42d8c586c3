// Comparing oneself, laughing about one's own pattern, taking a time-out (rules 9, 11, 33).
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('comparing and laughing', () => {
  it('the standard the coachee compares herself with lends her no strength (rule 11)', () => {
    assertRuleLabels(
      [
        inEnglish('He compares himself constantly with his more successful brother.'),
        'Hij vergelijkt zich voortdurend met zijn succesvollere broer.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(["Ze is gestopt met zich te vergelijken met haar collega's."], 'valence', 'strength');
    // Envy compares too: the success envied is someone else's.
    assertRuleLabels(
      [inEnglish("He is jealous of his colleague's promotion."), 'Hij is jaloers op de promotie van zijn collega.'],
      'valence',
      'weakness',
    );
  });
  it('laughing about her own pattern is lightness, and the label her own is no reading of the coach’s', () => {
    for (const text of [
      inEnglish('He laughed about his own perfectionism for the first time.'),
      'Hij lachte voor het eerst om zijn eigen perfectionisme.',
    ]) {
      const { valence, signals } = ruleLabel(text);
      assert.deepEqual([valence, signals], ['strength', []], text);
    }
    assert.deepEqual(ruleLabel(inEnglish('He is a perfectionist.')).signals, ['ungrounded-interpretation']);
  });
  it('walking away and coming back to the conversation is coping (rule 9)', () => {
    assertRuleLabels(
      [
        inEnglish('He walked away and came back to the conversation after ten minutes.'),
        'Hij liep weg en kwam na tien minuten terug op het gesprek.',
      ],
      'valence',
      'strength',
    );
  });
});
