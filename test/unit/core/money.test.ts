// Money matters in both languages: debts paid off, payment plans, bailiffs and loans (rules 9, 10, 17).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('money', () => {
  it('debts paid off, a payment plan made, spending tracked are strength (rule 9: dealt with)', () => {
    assertRuleLabels(
      [
        inEnglish('She has paid off her debts.'),
        'Ze heeft haar schulden afbetaald.',
        'Ze heeft een betalingsregeling getroffen met het energiebedrijf.',
        'Hij houdt nu elke week zijn uitgaven bij.',
      ],
      'valence',
      'strength',
    );
  });
  it('a bailiff at the door, another loan are problems', () => {
    assertRuleLabels(
      [
        inEnglish('The bailiff came to the door last week.'),
        'Vorige week stond de deurwaarder voor de deur.',
        inEnglish('He took out another loan to cover the shortfall.'),
      ],
      'valence',
      'weakness',
    );
  });
});
