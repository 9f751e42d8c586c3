// What happens to the coachee at work takes valence by what it means for her (rules 10, 17): a formal procedure
// against her is a problem, a contract or a probation passed progress; Flemish and Dutch states of worry and ease.
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('events of employment', () => {
  it('hears procedures against the coachee as problems, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('He has been put on a performance improvement plan.'),
        inEnglish('His role is at risk of redundancy.'),
        inEnglish('She received a formal warning.'),
        'Hij heeft een verbetertraject opgelegd gekregen.',
        'Ze heeft volgende maand een hoorzitting over haar functioneren.',
        'Zijn functie komt mogelijk te vervallen.',
      ],
      'valence',
      'weakness',
    );
  });
  it('hears a contract, a probation passed and a bonus as progress', () => {
    assertRuleLabels(
      [
        inEnglish('She passed her probation period.'),
        'Hij kreeg een vast contract aangeboden.',
        'Ze is door haar proeftijd heen.',
        'Hij kreeg een bonus voor het project.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('Flemish and Dutch states', () => {
  it('hears worry and irritation as problems and things going smoothly as progress', () => {
    assertRuleLabels(
      [
        'Ze is er niet gerust in.',
        'Hij zit ermee in zijn maag.',
        'Ze kreeg het op haar heupen toen de deadline verschoof.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(['Het ging vlot met de presentatie.'], 'valence', 'strength');
  });
});

describe('a return to work building up', () => {
  it('hears hours built up and full duties back as progress, a return that stalls as a problem', () => {
    assertRuleLabels(
      [
        'Hij zit nu op drie dagen van vier uur.',
        'Ze draait weer volledig mee in het rooster.',
        inEnglish('He is up to four days a week.'),
        inEnglish('She has been signed fit for full duties.'),
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      ['De opbouw van haar uren ligt stil.', inEnglish('His phased return has stalled.')],
      'valence',
      'weakness',
    );
  });
  it('leaves a return the coach promises to a manager the coach’s want (rule 8)', () => {
    assertRuleLabels(
      [inEnglish('In January I promised her ward manager that she would be back on the full rota by Easter.')],
      'valence',
      'neutral',
    );
  });
});

describe('an offer of work in the passive', () => {
  it('is the employer’s offer and the coachee’s situation, not the coach’s intervention (rule 23)', () => {
    assertRuleLabels(
      [inEnglish('He was offered a permanent contract.'), 'Haar is een vaste baan aangeboden.'],
      'focus',
      'coachee',
    );
    assertRuleLabels([inEnglish('She was offered a breathing exercise.')], 'focus', 'coach');
  });
});
