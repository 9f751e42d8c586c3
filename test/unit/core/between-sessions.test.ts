// What the coachee did or left undone between sessions, in both languages (rules 6, 10, 14).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('between sessions', () => {
  it('keeping a diary and going beyond the assignment are strength', () => {
    assertRuleLabels(
      [
        inEnglish('She kept her diary every single day.'),
        'Ze heeft elke dag haar dagboek bijgehouden.',
        inEnglish('He went further than the assignment and also asked his team for feedback.'),
        'Hij ging verder dan de opdracht en vroeg ook zijn team om feedback.',
      ],
      'valence',
      'strength',
    );
  });
  it('a plan left in the drawer, an exercise not got round to are problems', () => {
    assertRuleLabels(
      [
        inEnglish('Once again the plan stayed in the drawer.'),
        'Weer bleef het plan in de la liggen.',
        'Hij is niet aan de oefening toegekomen.',
      ],
      'valence',
      'weakness',
    );
  });
  it('while a topic the session did not get to is the session’s own (rule 6)', () => {
    assertRuleLabels(['We zijn niet aan het tweede onderwerp toegekomen.'], 'valence', 'neutral');
  });
});
