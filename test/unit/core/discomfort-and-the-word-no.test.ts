import assert from 'node:assert/strict';
// Discomfort and strangeness felt (rule 11: a problem feeling), in both languages; "no" said or named is no negation.
import { assertRuleLabels, ruleLabel } from '../../helpers';

const valenceOf = (sentence: string): string => ruleLabel(sentence).valence;

describe('discomfort and strangeness felt', () => {
  it('is a problem of the coachee, in both languages', () => {
    assertRuleLabels(
      [
        'She felt uncomfortable in the meeting.',
        'It felt weird to leave at five.',
        'Het voelde onwennig om nee te zeggen.',
        'Ze vond het raar om haar gedachten te bekijken.',
      ],
      'valence',
      'weakness',
    );
  });
  it('gone is progress, and a strange situation is no feeling', () => {
    assert.equal(valenceOf('It no longer feels strange to say no.'), 'strength');
    assert.notEqual(valenceOf('It was an odd situation.'), 'weakness');
  });
});

describe('the word no', () => {
  it('said or named negates nothing', () => {
    assert.equal(valenceOf('Saying no felt weird.'), 'weakness');
    assert.equal(valenceOf('She said no to the extra shifts.'), 'strength');
  });
});
