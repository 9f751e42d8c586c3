// A Dutch clause of purpose ("om … te") says what an act is for, not how it went: beside a main clause with a sign of
// its own it does not decide (rule 9: the main clause and what the coachee did decide).
import { strict as assert } from 'node:assert';
import { ruleLabel } from '../../helpers';

describe('a clause of purpose', () => {
  it('does not decide beside a main clause with a sign of its own (rule 9)', () => {
    for (const text of [
      'Ze zegt ja tegen elk verzoek en werkt daarna tot laat om alles af te krijgen.',
      'Zijn investeerders zetten hem onder druk om sneller te groeien dan hij wil.',
    ])
      assert.equal(ruleLabel(text).valence, 'weakness', text);
  });

  it('still tells the strength of an act whose main clause has no sign of its own', () => {
    assert.equal(ruleLabel('Ze heeft haar manager gemaild om haar grenzen aan te geven.').valence, 'strength');
  });
});
