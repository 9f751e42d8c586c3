import assert from 'node:assert/strict';
// What the coach finds important that the coachee do is the coach's want, no strength of the coachee's (rule 8);
// what the coachee finds important is hers. A step let slip is a step not taken (rule 10).
import { ruleLabel } from '../../helpers';

const valence = (sentence: string): string => ruleLabel(sentence).valence;

describe('what the coach finds important, and steps let slip', () => {
  it('reads the coach explaining why the coachee should choose as no strength of hers', () => {
    assert.equal(
      valence('Ik heb uitgelegd waarom het zo belangrijk is dat je vóór de zomer een richting kiest.'),
      'neutral',
    );
    assert.equal(valence('I explained again why it is so important that she chooses a direction.'), 'neutral');
    assert.equal(valence('Ze vindt het belangrijk dat ze zelf kiest.'), 'strength');
  });
  it('reads a step let slip as not taken', () => {
    assert.equal(valence('De open dag van het mbo had je laten schieten.'), 'weakness');
    assert.equal(valence('The reading plan fell by the wayside again.'), 'weakness');
  });
});

describe('relief credited to the coach’s explanation', () => {
  it('is appreciation, neutral (rules 16, 34)', () => {
    const said = 'Je zei dat je je al veel lichter voelde door mijn uitleg.';
    assert.deepEqual(ruleLabel(said).signals, ['appreciation']);
    assert.equal(ruleLabel(said).valence, 'neutral');
    assert.deepEqual(ruleLabel('She said she felt calmer thanks to my explanation of the model.').signals, [
      'appreciation',
    ]);
  });
});
