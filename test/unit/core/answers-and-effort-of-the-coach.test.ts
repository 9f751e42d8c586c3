import assert from 'node:assert/strict';
// The coach's own answers and effort (rules 30, 32): showing how one would do it oneself, what worked for oneself, the
// answer given; several exercises in a row, every silence filled, a weekend of preparation. A thing that "did not
// land" is no coach holding back (rule 29), and the words of the coach's own answer are no strength of the coachee's.
import { ruleLabel } from '../../helpers';

const signals = (sentence: string): string[] => ruleLabel(sentence).signals;

describe('the coach’s own answer', () => {
  it('is expert-role', () => {
    for (const sentence of [
      'I walked her through how I would structure the business case.',
      'Ik heb haar laten zien hoe ik de business case zou opbouwen.',
      'Ik vertelde wat voor mij werkte toen ik van loopbaan veranderde.',
      'Ik gaf hem het antwoord omdat hij zo verloren leek.',
    ])
      assert.deepEqual(signals(sentence), ['expert-role'], sentence);
  });
  it('tells no strength of the coachee’s', () => {
    assert.equal(ruleLabel('I shared what worked for me when I changed careers.').valence, 'neutral');
  });
});

describe('the coach’s effort', () => {
  it('is working hard', () => {
    for (const sentence of [
      'I tried three different exercises to get him talking.',
      'Ik heb drie verschillende oefeningen geprobeerd om hem aan de praat te krijgen.',
      'I found myself filling every silence.',
      'Ik merkte dat ik elke stilte opvulde.',
      'Ik heb me het grootste deel van het weekend op deze sessie voorbereid.',
      'I kept explaining why the feedback matters, but it did not land.',
    ])
      assert.deepEqual(signals(sentence), ['working-hard'], sentence);
  });
  it('is not told by options compared', () => {
    assert.deepEqual(signals('We compared two different job offers.'), []);
  });
});
