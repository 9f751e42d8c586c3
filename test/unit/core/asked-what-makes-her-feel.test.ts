// A feeling the coachee is made to have, in the coach's question, is hers (rules 7, 8).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('the coach asking what makes the coachee feel so', () => {
  it('takes the valence of that feeling, in both languages (rule 7)', () => {
    assertRuleLabels(
      [
        inEnglish('I asked what makes him anxious.'),
        inEnglish('I asked what makes her so nervous.'),
        inEnglish('I asked what keeps him awake at night.'),
        'Ik vroeg wat haar zo onzeker maakt.',
        'Ik vroeg wat hem ’s nachts wakker houdt.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['Ik vroeg wat hem trots maakte.', inEnglish('I asked what made him proud.')],
      'valence',
      'strength',
    );
  });
  it('while what the coach gives her or does to her stays the coach’s side (rule 8)', () => {
    assert.equal(ruleLabel('Ik heb haar geen antwoord gegeven, omdat de keuze bij haar ligt.').valence, 'neutral');
    assert.equal(ruleLabel(inEnglish('If she fails the assessment, I will have let her down.')).valence, 'neutral');
  });
});
