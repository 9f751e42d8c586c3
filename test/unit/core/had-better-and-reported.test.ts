// "Beter eerst", "you'd better" give advice; having to explain again is working hard; difficulties "reported" are the
// coachee's, not the session report's; voicing an opinion and a heavy day by meaning.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('advice as "had better"', () => {
  it('is expert-role, its "beter" no strength (rules 32, 8)', () => {
    const label = ruleLabel('Ik heb haar gezegd dat ze beter eerst met haar baas babbelt.');
    assert.ok(label.signals.includes('expert-role'));
    assert.equal(label.valence, 'neutral');
    assert.ok(ruleLabel(inEnglish("I told him he'd better call his manager first.")).signals.includes('expert-role'));
  });
});

describe('having to explain again', () => {
  it('is working hard (rule 30)', () => {
    assert.ok(
      ruleLabel('Ik heb hem wel drie keer moeten uitleggen waarom dat belangrijk is.').signals.includes('working-hard'),
    );
  });
});

describe('difficulties reported', () => {
  it('are the coachee’s, not the session report’s (rule 23)', () => {
    assert.equal(ruleLabel(inEnglish('Difficulties were reported with sleeping and concentration.')).focus, 'coachee');
  });
});

describe('by meaning', () => {
  it('reads an opinion voiced and a heavy day, but not the coach’s own heaviness', () => {
    assert.equal(ruleLabel('Haar collega’s merken dat ze vaker haar mening geeft.').valence, 'strength');
    assert.equal(
      ruleLabel(inEnglish('Together we looked at what makes Mondays so heavy for her.')).valence,
      'weakness',
    );
    assert.equal(
      ruleLabel(inEnglish('I promised his manager a result by May, and right now that promise feels heavy.')).valence,
      'neutral',
    );
  });
});
