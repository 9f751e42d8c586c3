// A setback turned into a chance is a reframe, a strength (rules 9, 12); standing up for someone a strength; having to
// prove oneself every day a problem of pressure (rule 17); a clause of "since" dates, the main clause decides.
import { assertRuleLabels } from '../../helpers';

describe('a setback turned into a chance', () => {
  it('is a strength', () => {
    assertRuleLabels(
      [
        'She turned the setback into a chance to rethink her role.',
        'Ze maakte van de tegenslag een kans om haar rol te herzien.',
        'Ze kwam in de vergadering op voor een jonge collega.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('proving oneself', () => {
  it('is a problem, also split around its object in Dutch', () => {
    assertRuleLabels(['Hij heeft het gevoel dat hij zich elke dag opnieuw moet bewijzen.'], 'valence', 'weakness');
  });
});

describe('a clause of "since", "sinds"', () => {
  it('dates the main clause and does not decide against it (rule 9)', () => {
    assertRuleLabels(['Hij verzuipt in de administratie sinds hij voor zichzelf is begonnen.'], 'valence', 'weakness');
    assertRuleLabels(['Sinds ze elke ochtend wandelt, heeft ze meer energie.'], 'valence', 'strength');
  });
});
