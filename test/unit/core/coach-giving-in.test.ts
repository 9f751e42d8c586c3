// The coach giving in, wondering about another question, wanting a result (rules 29, 31, 32, 36).
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('the coach giving in', () => {
  it('not resisting is doing it: telling her what I would do is expert-role (rule 32)', () => {
    for (const text of [
      inEnglish('I could not resist telling her what I would do.'),
      'Ik kon het niet laten haar te vertellen wat ik zou doen.',
    ])
      assert.deepEqual(ruleLabel(text).signals, ['expert-role'], text);
    assert.deepEqual(ruleLabel(inEnglish('I did not tell her what I would do.')).signals, []);
  });
  it('wondering whether a different question would have worked better is intervention-focus (rule 31)', () => {
    for (const text of [
      inEnglish('I kept wondering whether a different question would have opened things up more.'),
      'Ik bleef me afvragen of een andere vraag meer had opengebroken.',
    ])
      assert.deepEqual(ruleLabel(text).signals, ['intervention-focus'], text);
  });
  it('so wanting her promotion to work out is outcome-responsibility (rule 36)', () => {
    assert.deepEqual(ruleLabel(inEnglish('I so want this promotion to work out for her.')).signals, [
      'outcome-responsibility',
    ]);
  });
});
