import assert from 'node:assert/strict';
// Voicing one's view is a strength and staying silent a problem (rules 9, 11); chasing the coachee's homework and
// out-talking them are the coach working hard (rule 30).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('the coachee’s voice', () => {
  it('voiced is a strength, held back a problem', () => {
    assertRuleLabels(
      ['This time he simply stated his view.', 'Ze sprak haar mening uit tegen de directeur.'],
      'valence',
      'strength',
    );
    assertRuleLabels(
      ['She used to be the one who spoke up, and now she stays silent in meetings.', 'Hij bleef stil in het overleg.'],
      'valence',
      'weakness',
    );
  });
});

describe('the coach chasing and out-talking', () => {
  it('is working hard', () => {
    for (const sentence of [
      'I rang him twice this week to remind him of his homework.',
      'I noticed I was talking far more than he was.',
      'Ik herinnerde hem per mail aan zijn huiswerk.',
    ])
      assert.deepEqual(ruleLabel(sentence).signals, ['working-hard'], sentence);
  });
});
