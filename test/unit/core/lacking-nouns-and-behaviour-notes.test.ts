// A word of lacking turns the quality it lacks, not a problem (rule 10); a first-person verb form that is a noun too
// opens a note about the coachee before a preposition (rule 25); a joint act inside a word of the coachee's behaviour
// is that behaviour, not joint work (rules 18, 25).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('a word of lacking', () => {
  it('turns a quality it lacks into a problem', () => {
    assertRuleLabels(['Ze mist zelfvertrouwen.', 'Hij mist overzicht in zijn werk.'], 'valence', 'weakness');
  });

  it('leaves a problem a problem', () => {
    assertRuleLabels(
      ['Volgens haar leidinggevende mist ze te veel deadlines.', 'Hij mist te vaak de overdracht.'],
      'valence',
      'weakness',
    );
  });
});

describe('a Dutch note opening with a verb form that is a noun too', () => {
  it('is about the coachee before a preposition', () => {
    assertRuleLabels(['Twijfel over haar leeftijd: "Ben ik met 41 niet te oud?"'], 'focus', 'coachee');
  });

  it('is the coach’s before a clause', () => {
    assertRuleLabels(['Twijfel of ik haar moet confronteren met de gemiste afspraken.'], 'focus', 'coach');
  });
});

describe('a joint act inside the coachee’s behaviour', () => {
  it('is the coachee’s note', () => {
    assertRuleLabels([inEnglish('Looked at the floor when describing the reorganisation')], 'focus', 'coachee');
  });

  it('leaves joint work joint', () => {
    assertRuleLabels([inEnglish('Looked at her CV together.')], 'focus', 'neutral');
  });
});
