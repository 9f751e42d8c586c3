// An opening that names whose view a sentence gives ("According to him, …", "Volgens haar is …") makes the rest the
// coachee's words: praise of the coach there is appreciation, and the sentence is about the coachee (rules 16, 27).
import { strict as assert } from 'node:assert';
import { inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

describe('a view reported by its source at the opening', () => {
  it('is the coachee’s words: praise of the coach there is appreciation (rules 16, 27)', () => {
    for (const text of [
      inEnglish('According to him, I am the best coach he has ever had.'),
      'Volgens hem ben ik de beste coach die hij ooit heeft gehad.',
    ]) {
      const label = ruleLabel(text);
      assert.equal(label.focus, 'coachee', text);
      assert.deepEqual(label.signals, ['appreciation'], text);
    }
  });

  it('names the opening as what makes the sentence the coachee’s, in either language', () => {
    for (const [text, opening] of [
      [inEnglish('According to her, the reorganisation is the real problem.'), 'according to her'],
      ['Volgens hem is de reorganisatie het echte probleem.', 'volgens hem'],
    ] as const) {
      const sentence = ruleAnalyze(text).sentences[0]!;
      assert.equal(sentence.focus, 'coachee', text);
      assert.deepEqual(sentence.why.focus.words, [opening], text);
    }
  });

  it('needs a comma after a view not named by its source, and the view at the opening', () => {
    assert.equal(ruleLabel(inEnglish('In her eyes I saw relief.')).focus, 'coach');
    assert.equal(
      ruleLabel(inEnglish('I think, according to him, that I am the best coach he has had.')).focus,
      'coach',
    );
  });

  it('covers its own sentence only: the next on the same line is read for itself', () => {
    const [view, next] = ruleAnalyze(
      'Volgens haar ziet niemand hoeveel ze draagt. Ik denk dat ze te hard werkt.\n',
    ).sentences;
    assert.equal(view!.focus, 'coachee');
    assert.equal(next!.focus, 'coach');
    assert.ok(next!.signals.includes('ungrounded-interpretation'));
  });
});
