import assert from 'node:assert/strict';
// What the coachee wants to get out of the coaching is their question for it, on the problem side (rule 13).
import { ruleLabel } from '../../helpers';

describe('what the coachee wants from the coaching', () => {
  it('reads it as a question or goal, weakness, in both languages, whoever asks after it', () => {
    for (const sentence of [
      'In sessie 5 heb ik gevraagd wat hij zelf uit deze gesprekken zou willen halen.',
      'Ze wil vooral rust uit de coaching halen.',
      'Wat wil je met de coaching bereiken?',
      'I asked what she wanted to get out of these sessions.',
      'He hopes to get from coaching a clearer sense of direction.',
      'What do you want from the coaching?',
    ])
      assert.equal(ruleLabel(sentence).valence, 'weakness', sentence);
  });
  it('leaves what the coachee got out of it, told as done, to the words around it', () => {
    assert.notEqual(ruleLabel('Ze heeft veel uit de coaching gehaald.').valence, 'weakness');
    assert.notEqual(ruleLabel('She got a lot out of the sessions.').valence, 'weakness');
  });
});
