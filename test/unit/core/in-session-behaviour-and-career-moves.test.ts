// What the coachee shows in the session and what happens to their career, in both languages (rules 9, 10, 11, 17).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('restlessness and hopelessness in the session', () => {
  it('are problems (rule 11)', () => {
    assertRuleLabels(
      [
        inEnglish('He fidgeted with his phone the whole time.'),
        'Hij zat de hele tijd met zijn telefoon te friemelen.',
        inEnglish('He kept saying that nothing would ever change.'),
        'Hij bleef zeggen dat er nooit iets zou veranderen.',
        'Hij gaf zijn collega’s overal de schuld van.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('speaking openly about a problem, surprising oneself', () => {
  it('is the way the coachee deals with it, strength (rule 9)', () => {
    assertRuleLabels(
      [
        inEnglish('He spoke openly about his mistakes.'),
        'Hij sprak open over zijn fouten.',
        'Ze verbaasde zichzelf over hoe rustig ze het conflict beschreef.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('career moves', () => {
  it('won are strength', () => {
    assertRuleLabels(
      [
        inEnglish('She got the funding for her project.'),
        'Ze heeft een vierdaagse werkweek uitonderhandeld met haar leidinggevende.',
      ],
      'valence',
      'strength',
    );
  });
  it('lost are problems, also done to the coachee by a third party (rule 17)', () => {
    assertRuleLabels(
      [
        inEnglish('Her contract will not be extended.'),
        inEnglish('The company is letting her go at the end of the year.'),
        'Ze is na twee weken met de opleiding gestopt.',
      ],
      'valence',
      'weakness',
    );
  });
  it('while stopping a habit is not dropping out', () => {
    assertRuleLabels(['Ze is twee maanden geleden gestopt met roken.'], 'valence', 'strength');
  });
});
