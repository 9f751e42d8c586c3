import assert from 'node:assert/strict';
import { ruleAnalyze, ruleLabel } from '../../helpers';

describe('a difficulty in a span of time that is over (rules 9, 10)', () => {
  it('reads it as the background of the strength the sentence tells, in both languages', () => {
    const strong = [
      'Na een periode van twijfel heeft ze zelf besloten om te stoppen met de opleiding.',
      'Ze is weer aan het werk, na ruim drie maanden thuis met burn-outklachten.',
      'After two months of sick leave with anxiety, he is back at work.',
      'She is building her hours back up, after a period of exhaustion.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('names the strength, not the difficulty, as the words that weighed', () => {
    const words = ruleAnalyze('Ze is weer aan het werk, na ruim drie maanden thuis met burn-outklachten.').sentences[0]!
      .why.valence.words;
    assert.ok(!words.some((word) => word.includes('burn-out')), words.join(', '));
  });
  it('leaves a difficulty alone when nothing in the sentence is a strength, or when its time is not over', () => {
    const weak = [
      'Na een periode van rust is hij weer uitgeput.',
      'After three weeks of trying he gave up on the diary.',
      'Hij voelt zich na de reorganisatie onzeker.',
      'After the meeting she felt anxious, but she called her manager.',
    ];
    assert.equal(ruleLabel(weak[0]!).valence, 'weakness', weak[0]);
    assert.equal(ruleLabel(weak[1]!).valence, 'weakness', weak[1]);
    assert.equal(ruleLabel(weak[2]!).valence, 'weakness', weak[2]);
    // "after the meeting" is no span of time: the coping after "but" decides, as before.
    assert.equal(ruleLabel(weak[3]!).valence, 'strength', weak[3]);
  });
});
