// Problems that stay away, dread split around its subject, weekends worked again (rule 10).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('then and now in words', () => {
  it('a problem that stayed away is progress', () => {
    assertRuleLabels(['De klachten zijn weggebleven.'], 'valence', 'strength');
    assertRuleLabels(
      ['De klachten nemen niet af.', 'De concentratieproblemen zijn nog niet weg.'],
      'valence',
      'weakness',
    );
  });
  it('dread split around its subject, weekends worked again are problems', () => {
    assertRuleLabels(
      [
        'Hij genoot vroeger van zijn werk, maar de laatste tijd ziet hij op tegen maandag.',
        'Ze werkt weer in de weekenden.',
      ],
      'valence',
      'weakness',
    );
  });
  it('a past set against now at the sentence’s start tells the change, either way (rule 10)', () => {
    assertRuleLabels(
      [
        inEnglish('Where she used to freeze in meetings, she now asks questions.'),
        'Waar ze vroeger dichtklapte in vergaderingen, stelt ze nu vragen.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [
        inEnglish('Where she used to speak up, she now stays quiet.'),
        'Terwijl ze vroeger genoot van haar werk, ziet ze er nu tegenop.',
      ],
      'valence',
      'weakness',
    );
  });
});
