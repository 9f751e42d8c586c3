import assert from 'node:assert/strict';
// An administrative request in a note (confirm, arrange, remind, revert) is the coach's imperative (rules 25, 26).
import { ruleAnalyze } from '../../helpers';

describe('administrative requests in notes', () => {
  it('reads a request to confirm, arrange or remind as the coach speaking, with no signal', () => {
    for (const text of [
      'Kindly revert back if HR can share his last two appraisal reports before the next session.',
      'Confirm the room booking with facilities.',
      'Remind her of the deadline on Friday.',
      'Bevestig de datum met de secretaresse.',
      'Informeer bij HR naar zijn beoordelingen.',
      'Herinner hem aan het formulier.',
    ]) {
      const sentence = ruleAnalyze(text).sentences[0]!;
      assert.equal(sentence.why.focus.rule, 'imperative', text);
      assert.equal(sentence.focus, 'coach', text);
      assert.deepEqual(sentence.signals, [], text);
    }
  });
  it('leaves a noun that looks like a Dutch imperative alone', () => {
    assert.notEqual(ruleAnalyze('Verzet bij hem tegen elke verandering.').sentences[0]!.why.focus.rule, 'imperative');
    assert.notEqual(
      ruleAnalyze('Stem trilde toen ze over haar vader sprak.').sentences[0]!.why.focus.rule,
      'imperative',
    );
  });
});
