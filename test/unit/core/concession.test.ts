// In a concessive sentence the main clause decides, and a difficulty conceded beside the coachee acting is told
// for how they dealt with it (rule 9); Dutch "niet" turns the verb, not a definite noun before it (rule 10).
import { assertRuleLabels } from '../../helpers';

describe('concession and the Dutch negation of a verb', () => {
  it('ends a concessive phrase without a comma where the main clause starts', () => {
    assertRuleLabels(
      [
        'Ondanks de tegenslag gaf zij het niet op.',
        'Despite the setback she did not give up.',
        'Despite her fear she spoke up in the meeting.',
        'Though he was nervous he made the call.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      ['Ondanks de steun van haar team heeft ze de stap nog niet gezet.', 'Ondanks haar inzet lukte het niet.'],
      'valence',
      'weakness',
    );
  });
  it('reads a conceded difficulty beside the coachee acting as coping, not beside a negation', () => {
    assertRuleLabels(
      [
        'Ondanks de tegenslag ging ze door.',
        'Ondanks haar angst sprak ze zich uit in het overleg.',
        'Hoewel ze bang was, heeft ze het gesprek gevoerd.',
        'Though he was nervous, he made the call.',
        'Ondanks die zorgen had ze de opdracht van vorige keer gewoon gemaakt.',
        'Ondanks dat ze moe was, ging ze door.',
        'Despite the fact that she was exhausted, she finished the report.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      ['Ze zei niets, hoewel ze boos was.', 'Hoewel ze bang was, heeft ze het gesprek niet gevoerd.'],
      'valence',
      'weakness',
    );
  });
  it('lets "niet" after a definite noun turn the verb, and "niet" not count twice as "niets"', () => {
    assertRuleLabels(
      [
        'Het probleem is nog niet opgelost.',
        'Ze heeft het conflict niet aangekaart.',
        'Ze vond dat het probleem niet was opgelost.',
        'Het lukt haar niet.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(['Die twijfel is er niet meer.', 'Na de tegenslag gaf ze het niet op.'], 'valence', 'strength');
  });
});
