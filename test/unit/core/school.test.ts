// School life in both languages: sanctions, being left out, friends and merits (rules 10, 11, 17).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('at school', () => {
  it('detentions, a phone confiscated, being left out, breaks alone are problems', () => {
    assertRuleLabels(
      [
        inEnglish('He has had four detentions since half term.'),
        'Hij heeft sinds de herfstvakantie vier keer moeten nablijven.',
        inEnglish('He was on his phone in class again and got it confiscated.'),
        'Ze zegt dat de andere meiden haar buitensluiten uit de groepsapp.',
        inEnglish('She spends most lunchtimes on her own in the library.'),
        'Ze zit in de pauzes meestal alleen in de mediatheek.',
      ],
      'valence',
      'weakness',
    );
  });
  it('a new friend, a merit, attendance gone up are strength', () => {
    assertRuleLabels(
      [
        inEnglish('He has made a new friend in his form group.'),
        'Hij heeft een nieuwe vriend gemaakt in zijn klas.',
        inEnglish('He got a merit for his science project.'),
        'Zijn aanwezigheid is gestegen van 82 naar 95 procent.',
      ],
      'valence',
      'strength',
    );
  });
});
