import assert from 'node:assert/strict';
import { ruleAnalyze, ruleLabel } from '../../helpers';

const text = (body: string): string => `---\ncoachee: Noor\n---\n${body}\n`;

describe('what the coachee jokes or laughs about is a difficulty dealt with lightly (rule 9)', () => {
  it('reads joking or laughing about a problem as strength, in both languages, without naming the problem as a weight', () => {
    const cases = [
      'Ze trilde bij de eerste dia, maar halverwege maakte ze zelfs een grapje over haar eigen zenuwen.',
      'Ze lachte om haar eigen perfectionisme.',
      'She joked about her nerves before the exam.',
      'She laughed about her perfectionism.',
    ];
    for (const body of cases) {
      const sentence = ruleAnalyze(text(body)).sentences[0]!;
      assert.equal(sentence.valence, 'strength', body);
      assert.ok(
        !sentence.why.valence.words.some((word) => /zenuw|perfection|nerve/u.test(word)),
        sentence.why.valence.words.join(', '),
      );
    }
  });
  it('leaves a third party laughing at the coachee, and a problem beside the joke, as they were', () => {
    assert.notEqual(ruleLabel('Her colleagues laughed at her mistakes.').valence, 'strength');
    assert.equal(ruleLabel('Ze maakte een grapje, maar ze is nog steeds doodmoe.').valence, 'weakness');
  });
});
