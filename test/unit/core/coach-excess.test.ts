import assert from 'node:assert/strict';
// Too much or too little of the coach's own act is the coach's side, neutral (rule 8); of the coachee's, a problem.
import { ruleLabel } from '../../helpers';

const valence = (sentence: string): string => ruleLabel(sentence).valence;

describe('too much of the coach’s own act', () => {
  it('is neutral in the coach’s clause and in a note about the coach', () => {
    for (const sentence of [
      'Talked too much in the first half.',
      'Te veel uitgelegd, te weinig gevraagd.',
      'Ik heb te veel gepraat.',
    ])
      assert.equal(valence(sentence), 'neutral', sentence);
  });
  it('is still a problem of the coachee’s, also in the coach’s sentence', () => {
    assert.equal(valence('Ze werkt te veel.'), 'weakness');
    assert.equal(valence('I worry she takes on too much.'), 'weakness');
  });
});
