import assert from 'node:assert/strict';
import { ruleAnalyze, ruleLabel } from '../../helpers';

describe('an insight takes the valence of what it introduces (rule 12)', () => {
  it('reads a problem recognised as a problem, in both languages, and does not name the insight as a strength', () => {
    const weak = [
      'She realised she was waiting for someone to give her permission.',
      'He recognised that he had been putting it off for months.',
      'Ze ontdekte dat ze het telkens voor zich uit schoof.',
      'Hij realiseerde zich dat hij al weken uitgeput was.',
    ];
    for (const text of weak) {
      const sentence = ruleAnalyze(text).sentences[0]!;
      assert.equal(sentence.valence, 'weakness', text);
      assert.ok(
        !sentence.why.valence.words.some((word) => /realis|recogni|ontdek/u.test(word)),
        sentence.why.valence.words.join(', '),
      );
    }
  });
  it('reads a resource recognised, or an insight that introduces nothing scored, as strength', () => {
    const strong = [
      'She realised that her legal background is an asset.',
      'Ze ontdekte dat ze veel meer kan dan ze dacht.',
      'He realised it on his own.',
      'Ze heeft het zelf ontdekt.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
});
