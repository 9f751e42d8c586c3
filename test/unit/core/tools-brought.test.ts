// The second and later model or exercise the coach brings in a row is working hard (rule 30); the coachee's own
// plan is no tool of the coach's, and a sentence that points back only comments on one told before (rule 29).
import assert from 'node:assert/strict';
import { ruleAnalyze } from '../../helpers';

const hardAt = (text: string): boolean[] =>
  ruleAnalyze(text).sentences.map((sentence) => sentence.signals.includes('working-hard'));

describe('tools the coach brought in', () => {
  it('counts a second tool in a row, in both languages', () => {
    assert.deepEqual(
      hardAt('Ik heb eerst het model van de spanningsboog uitgelegd. Daarna heb ik nog een energiemeter ingevuld.'),
      [false, true],
    );
    assert.deepEqual(hardAt('I explained the change curve first. Then I brought out the wheel of life.'), [
      false,
      true,
    ]);
  });
  it("counts not the coachee's own plan, nor a comment that points back at one", () => {
    assert.deepEqual(
      hardAt('Ik heb eerst het model van de spanningsboog uitgelegd. Daarna heb ik haar schema met haar doorgelopen.'),
      [false, false],
    );
    assert.deepEqual(
      hardAt(
        'Ik heb eerst het model van de spanningsboog uitgelegd. Dat had ik niet moeten doen, want het is haar schema.',
      ),
      [false, false],
    );
    assert.deepEqual(hardAt('I explained the change curve first. That was a mistake, as it is his own worksheet.'), [
      false,
      false,
    ]);
    // A pointer that names the tool it brings is no comment.
    assert.deepEqual(
      hardAt('Ik heb eerst het model van de spanningsboog uitgelegd. Dat schema heb ik toen met haar ingevuld.'),
      [false, true],
    );
  });
});
