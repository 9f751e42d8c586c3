// Flemish words of feeling, the load of caring for a parent and what drains one's energy are heard in both languages
// (rule 11); caring for someone is an activity, not the quality of being caring; "Het was een plezant gesprek" with no
// one named after it describes the session (rule 6).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('Flemish words of feeling', () => {
  it('are heard', () => {
    assertRuleLabels(['Ze vond het plezant om de nieuwe collega’s op te leiden.'], 'valence', 'strength');
    assertRuleLabels(['Hij zit met veel miserie thuis.'], 'valence', 'weakness');
  });
});

describe('what drains the coachee’s energy', () => {
  it('is a problem, however caring the activity', () => {
    assertRuleLabels(
      [
        'De mantelzorg vreet al haar energie op.',
        inEnglish('Caring for her father eats up all her energy.'),
        inEnglish('The head teacher feels caught between the governors and her staff.'),
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels([inEnglish('She is very caring towards her team.')], 'valence', 'strength');
  });
});

describe('a talk described with an impersonal subject', () => {
  it('is the session, unless someone else is named after it', () => {
    assertRuleLabels(
      ['Het was een plezant gesprek om te voeren.', inEnglish('It was a good conversation.')],
      'valence',
      'neutral',
    );
    assertRuleLabels(['Het was een moeilijk gesprek met haar manager.'], 'valence', 'weakness');
  });
});
