// Feelings, qualities and habits in both languages, swept by meaning rather than found one sentence at a time, and a
// rejection felt (rules 10, 11, 17).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('a rejection felt', () => {
  it('is suffered, a problem, where one she makes is a boundary kept', () => {
    assertRuleLabels([inEnglish('She feels rejected.'), 'Ze voelt zich afgewezen.'], 'valence', 'weakness');
    assertRuleLabels(
      [inEnglish('She rejected the extra project.'), 'Ze heeft het extra project afgewezen.'],
      'valence',
      'strength',
    );
  });
});

describe('feelings, qualities and habits', () => {
  it('that are problems', () => {
    assertRuleLabels(
      [
        inEnglish('She feels envious.'),
        inEnglish('She is very aloof.'),
        inEnglish('She ruminates at night.'),
        'Ze voelt zich verraden.',
        'Ze is erg afstandelijk.',
        'Hij is erg ontwijkend.',
      ],
      'valence',
      'weakness',
    );
  });
  it('that are strengths', () => {
    assertRuleLabels(
      [
        inEnglish('She feels valued.'),
        inEnglish('He is very tactful.'),
        inEnglish('She sets clear boundaries with her manager.'),
        inEnglish('She asks for feedback after every presentation.'),
        'Ze voelt zich vredig.',
        'Ze is erg gedisciplineerd.',
        'Ze stelt duidelijke grenzen aan haar manager.',
        'Hij komt zijn beloftes na.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('a third party and the coachee', () => {
  it('backing her up is support, a strength (rule 17)', () => {
    assertRuleLabels(
      [inEnglish('Her manager stands up for her.'), 'Haar manager komt voor haar op.', 'Haar manager verdedigt haar.'],
      'valence',
      'strength',
    );
  });
  it('going over her head is pressure, a problem (rule 17)', () => {
    assertRuleLabels(
      [
        inEnglish('Her manager overrules her.'),
        'Haar manager gaat om haar heen.',
        inEnglish('There is a lot of gossip in her team.'),
      ],
      'valence',
      'weakness',
    );
  });
});

describe('what the coachee did or left undone', () => {
  it('keeping to a routine is a strength, breaking off and putting off are problems', () => {
    assertRuleLabels(['Ze heeft zich aan haar nieuwe routine gehouden.'], 'valence', 'strength');
    assertRuleLabels(
      ['Ze heeft de opleiding afgebroken.', 'Ze heeft het besluit weer uitgesteld.', 'Ze heeft haar manager ontlopen.'],
      'valence',
      'weakness',
    );
  });
});

describe('idioms of being stuck and back on track', () => {
  it('are problems and strengths in both languages', () => {
    assertRuleLabels(
      ['Hij loopt tegen dezelfde muur aan.', inEnglish('She is going through a rough patch.')],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [
        'Ze zit weer op de rit.',
        'Hij heeft het heft in eigen hand genomen.',
        inEnglish('He has some breathing space again.'),
      ],
      'valence',
      'strength',
    );
  });
});

describe('Dutch "zijn" before a subject pronoun', () => {
  it('is the verb: "dus zijn we overgestapt" is the two of them, neutral (rule 18)', () => {
    assertRuleLabels(['De verbinding viel twee keer weg, dus zijn we overgestapt op de telefoon.'], 'focus', 'neutral');
  });
});

describe('patterns of thinking', () => {
  it('black-and-white thinking and putting oneself down are problems, the bigger picture a strength', () => {
    assertRuleLabels(
      [inEnglish('He thinks in black and white.'), 'Ze denkt zwart-wit.', 'Hij zet zichzelf steeds weg.'],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [inEnglish('He sees the bigger picture.'), 'Ze kijkt naar wat wel lukt.', 'Hij ziet het grotere geheel.'],
      'valence',
      'strength',
    );
  });
});

describe('what happened to the coachee at work', () => {
  it('a warning, a demotion, a breakdown are setbacks in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('Last month she got a warning from HR.'),
        inEnglish('Last month she got a demotion.'),
        'Vorige maand kreeg ze een schriftelijke waarschuwing.',
        'Vorige maand kreeg ze een inzinking.',
      ],
      'valence',
      'weakness',
    );
  });
});
