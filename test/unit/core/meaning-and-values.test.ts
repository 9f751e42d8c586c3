// Meaning and values, a field in both languages (rules 11, 12).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('meaning and values', () => {
  it('work that no longer makes sense, a cog in a machine, a job against one’s values are problems', () => {
    assertRuleLabels(
      [
        inEnglish('He feels like a cog in a machine.'),
        'Hij voelt zich een radertje in een machine.',
        'Hij ziet de zin van zijn werk niet meer.',
        inEnglish('He feels his job clashes with his values.'),
      ],
      'valence',
      'weakness',
    );
  });
  it('work that matters again, what gives meaning, what drew her to the work are strength', () => {
    assertRuleLabels(
      [
        inEnglish('She feels her work matters again.'),
        'Ze heeft weer het gevoel dat haar werk ertoe doet.',
        inEnglish('He named three things that give his life meaning.'),
        'Ze heeft herontdekt wat haar ooit naar het onderwijs trok.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [inEnglish('Each time she did what I asked, but I could not tell whether any of it mattered to her.')],
      'valence',
      'neutral',
    );
  });
});
