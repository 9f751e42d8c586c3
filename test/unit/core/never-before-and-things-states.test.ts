import assert from 'node:assert/strict';
// A problem told as never overcome before, beside what the coachee does now, is the change itself (rule 10); a state
// after a thing that opens the sentence is the thing's, not the coach's (rules 25, 30); a team that helps each other.
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('never managed before', () => {
  it('beside what she does now is progress, in both languages', () => {
    assertRuleLabels(
      [
        'She kept her planning going every week, which she had never managed before.',
        'Ze hield haar planning elke week bij, iets wat ze nog nooit eerder had gedaan.',
      ],
      'valence',
      'strength',
    );
  });
  it('alone is a problem still', () => {
    assert.equal(ruleLabel('She has never managed to keep a planning going before.').valence, 'weakness');
  });
});

describe('a state after a thing', () => {
  it('is the thing’s, not the coach working hard', () => {
    for (const sentence of ['De sfeer in het team is gespannen.', 'The mood in the team was tense.']) {
      const label = ruleLabel(sentence);
      assert.equal(label.focus, 'coachee', sentence);
      assert.deepEqual(label.signals, [], sentence);
    }
    assert.ok(ruleLabel('Exhausted after the session.').signals.includes('working-hard'));
  });
});

describe('a team that helps each other', () => {
  it('is a strength, in both languages', () => {
    assertRuleLabels(
      ['Ze helpen elkaar nu bij de nachtdiensten.', 'They help each other with the night shifts now.'],
      'valence',
      'strength',
    );
  });
});
