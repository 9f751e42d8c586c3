// The coachee's decision is the point of its sentence, whatever problem its infinitive deals with (rule 9); saying
// no or yes is a behaviour a reading names, not the coachee's words it rests on (rule 33).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a decision of the coachee’s', () => {
  it('is a strength though its infinitive names a problem, in both languages', () => {
    assertRuleLabels(
      [
        'Ze besloot om haar angst aan te gaan.',
        'Hij koos ervoor om beide zieke medewerkers deze week te bellen.',
        inEnglish('She decided to face her fear of public speaking.'),
      ],
      'valence',
      'strength',
    );
    // Not a decision denied.
    assertRuleLabels(['Ze besloot niet om haar angst aan te gaan.'], 'valence', 'weakness');
  });
});

describe('saying no or yes', () => {
  it('grounds no reading of the coachee', () => {
    assert.deepEqual(ruleLabel('Volgens mij is Wouter iemand die moeilijk nee zegt.').signals, [
      'ungrounded-interpretation',
    ]);
    assert.deepEqual(ruleLabel(inEnglish('I think she is a people pleaser who says yes to everything.')).signals, [
      'ungrounded-interpretation',
    ]);
    // Her words are still a ground.
    assert.deepEqual(ruleLabel('Volgens mij is ze onzeker, want ze zei dat ze nooit goed genoeg is.').signals, []);
  });
});
