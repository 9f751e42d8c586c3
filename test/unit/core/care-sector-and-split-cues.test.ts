import assert from 'node:assert/strict';
// Working "in de zorg" is a sector, not a worry; a negation inside a split signal cue denies it (rules 10, 32).
import { ruleLabel } from '../../helpers';

describe('the care sector', () => {
  it('is where the coachee works, not a worry', () => {
    assert.equal(ruleLabel('Ingrid, veertig, teamleider in de zorg.').valence, 'neutral');
    assert.equal(ruleLabel('He has worked in the care sector for ten years.').valence, 'neutral');
  });
  it('leaves her worries a problem', () => {
    assert.equal(ruleLabel('Ze maakt zich zorgen over haar team.').valence, 'weakness');
  });
});

describe('a negation inside a split signal cue', () => {
  it('denies the cue', () => {
    assert.deepEqual(ruleLabel('Het was een vraag die ik bewust niet beantwoord heb.').signals, []);
  });
  it('leaves the cue standing without it', () => {
    assert.ok(ruleLabel('Ik heb haar vraag meteen beantwoord.').signals.includes('expert-role'));
  });
});
