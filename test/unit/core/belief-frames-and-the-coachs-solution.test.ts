import assert from 'node:assert/strict';
// "het idee dat", "the idea that" open what someone believes: no idea of the coachee's (rule 13); the solution placed
// with the coach is a problem, the coachee's own one a strength.
import { assertRuleLabels, ruleLabel } from '../../helpers';

const valenceOf = (sentence: string): string => ruleLabel(sentence).valence;

describe('the idea that …', () => {
  it('is a belief, not an idea of hers', () => {
    for (const sentence of ['Ze heeft het idee dat haar team niet meedenkt.', 'He has the idea that nobody listens.'])
      assert.notEqual(valenceOf(sentence), 'strength', sentence);
    assertRuleLabels(
      ['Ze kwam zelf met het idee om eerst te bellen.', 'The idea to call first was hers.'],
      'valence',
      'strength',
    );
  });
});

describe('the solution placed with the coach', () => {
  it('is a problem, in both languages', () => {
    assertRuleLabels(
      [
        'Ze heeft nu het idee dat de oplossing bij mij ligt.',
        'Hij zocht het antwoord bij mij.',
        'She has the idea that the solution lies with me.',
        'He looked to me for the answer again.',
      ],
      'valence',
      'weakness',
    );
  });
});
