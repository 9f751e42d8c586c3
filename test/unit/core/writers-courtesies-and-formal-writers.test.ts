// A greeting or the writer's thanks with nothing more is neutral by kind (rule 6), however many words it takes; the
// formal writer of a report ("ondergetekende", "the undersigned") is the coach (rule 18); a fear that turned out
// smaller than feared is no fear of the coachee's.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('the writer’s thanks and greetings', () => {
  it('are neutral when nothing but the courtesy carries a word of strength', () => {
    for (const text of [inEnglish('Thank you for Thursday.'), 'Bedankt voor vanmiddag.'])
      assert.deepEqual([ruleLabel(text).valence, ruleLabel(text).focus], ['neutral', 'neutral'], text);
  });

  it('keep a quality of the coachee’s they name', () => {
    assert.equal(ruleLabel(inEnglish('Thanks for your openness today.')).valence, 'strength');
    assert.equal(ruleLabel('Dank je wel voor je eerlijkheid.').valence, 'strength');
  });
});

describe('the formal writer of a report', () => {
  it('is the coach, in either language', () => {
    assert.equal(ruleLabel('Ondergetekende vraagt zich af of de opbouw niet te snel gaat.').focus, 'coach');
    assert.equal(ruleLabel(inEnglish('The undersigned has doubts about the pace of the return.')).focus, 'coach');
  });
});

describe('a meeting that went better than feared', () => {
  it('is progress, the fear only its measure', () => {
    const text = inEnglish('You told me that the restructuring meeting went better than you had feared.');
    assert.equal(ruleLabel(text).valence, 'strength');
    assert.equal(ruleLabel('Je vertelde dat het gesprek beter ging dan je had gevreesd.').valence, 'strength');
  });
});
