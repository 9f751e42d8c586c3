// A state after a copula belongs to the subject before it, not the coach (rule 8); a team's "planners" are people,
// a "planner" a tool; feeling heard is the coachee's strength.
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a state after a copula', () => {
  it('is its subject’s, no coach working hard', () => {
    for (const text of [
      'Two planners are tired and the atmosphere is tense.',
      'Het team is moe en de sfeer bleef erg gespannen.',
    ]) {
      const label = ruleLabel(text);
      assert.deepEqual(label.signals, [], text);
      assert.notEqual(label.focus, 'coach', text);
    }
  });
  it('is the coach’s where the coach is its subject or none is named', () => {
    assert.deepEqual(ruleLabel(inEnglish('I was tense all session.')).signals, ['working-hard']);
    assert.deepEqual(ruleLabel(inEnglish('Was tense all session.')).signals, ['working-hard']);
  });
});

describe('planners', () => {
  it('are people in the plural and a tool in the singular', () => {
    assert.equal(ruleLabel('Two planners are close to burnout.').valence, 'weakness');
    assert.equal(ruleLabel('I gave her a weekly planner.').valence, 'neutral');
  });
});

describe('feeling heard', () => {
  it('is a strength, in both languages', () => {
    assertRuleLabels(
      ['Mark said he finally felt heard in the Monday meeting.', 'Ze voelde zich eindelijk gehoord door haar team.'],
      'valence',
      'strength',
    );
  });
});
