// Lifestyle and self-care, a field in both languages; a Dutch time phrase ends before its clause's participle.
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('lifestyle and self-care', () => {
  it('drinking to unwind, skipping meals, exercise stopped, smoking again are problems', () => {
    assertRuleLabels(
      [
        inEnglish('He drinks a bottle of wine most evenings to unwind.'),
        'Hij drinkt de meeste avonden een fles wijn om te ontspannen.',
        'Ze slaat het ontbijt over en leeft tot de lunch op koffie.',
        inEnglish('He has stopped exercising since the promotion.'),
        'Hij is sinds zijn promotie gestopt met sporten.',
        'Hij rookt weer sinds de reorganisatie.',
      ],
      'valence',
      'weakness',
    );
  });
  it('running, cutting down, a regular bedtime, walking during calls are strength', () => {
    assertRuleLabels(
      [
        inEnglish('She has been running three times a week since January.'),
        'Ze loopt sinds januari drie keer per week hard.',
        'Hij is geminderd naar twee glazen in het weekend.',
        inEnglish('She now goes to bed at the same time every night.'),
        'Hij neemt de trap en wandelt tijdens telefoongesprekken.',
      ],
      'valence',
      'strength',
    );
  });
  it('a phrase of time that holds its own participle still runs to its end', () => {
    assertRuleLabels(
      [
        'Sevda bouwt sinds januari haar uren weer op, na ruim twee maanden thuis te hebben gezeten met spanningsklachten.',
      ],
      'valence',
      'strength',
    );
  });
});
