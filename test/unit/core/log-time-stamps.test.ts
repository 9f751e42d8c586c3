// A log line's time stamp says when, not who or what: the line is read after it (rules 25, 30).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleAnalyze } from '../../helpers';

describe('a time stamp opening a log line', () => {
  it('leaves the note after it to be read as a note', () => {
    const log = ruleAnalyze(
      inEnglish('## Log\n\n- 10:10 Explained the model again\n- [14.30] Advised him to keep no snacks in the house'),
    );
    assert.deepEqual(
      log.sentences.map((s) => `${s.focus}/${s.signals.join('+')}`),
      ['coach/working-hard', 'coach/expert-role+ungrounded-interpretation'],
    );
    // The sentence keeps its time stamp and its words.
    assert.equal(log.sentences[0]!.text, '10:10 Explained the model again');
  });
});
