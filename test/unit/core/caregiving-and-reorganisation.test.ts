// Caring for a parent, a child who stays home from school, a reorganisation: what they weigh in both languages.
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('caregiving and reorganisation', () => {
  it('care that falls on the coachee, a parent with dementia, a child who stopped going to school are problems', () => {
    assertRuleLabels(
      [
        inEnglish('Her siblings leave all the care to her.'),
        'Haar broers en zussen laten alle zorg aan haar over.',
        'Ze zorgt naast haar werk voor haar moeder met dementie.',
        'Sinds haar vader bij hen woont, heeft ze geen avond meer voor zichzelf.',
        inEnglish('His teenage son has stopped going to school.'),
        'Zijn zoon van vijftien gaat al weken niet meer naar school.',
        inEnglish('Her employer is pressing for a quicker return.'),
        'Haar werkgever dringt aan op een snellere terugkeer.',
      ],
      'valence',
      'weakness',
    );
  });
  it('care a client needs in the coachee’s work is her work, no problem of hers', () => {
    assertRuleLabels([inEnglish('He works in a care home for elderly people with dementia.')], 'valence', 'neutral');
  });
  it('a job at risk or a place on the redundancy list is a problem; an appointment a strength', () => {
    assertRuleLabels(
      [inEnglish('Her job is at risk.'), 'Zijn baan staat op de tocht.', 'Ze staat op de lijst van boventalligen.'],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [inEnglish('She was appointed to one of the new team lead roles.'), 'Ze is benoemd tot teamleider.'],
      'valence',
      'strength',
    );
  });
  it('asking a relative to take over is the coachee’s step (rule 9)', () => {
    assertRuleLabels(
      [
        inEnglish('She asked her brother to take over the Sunday visits, and he agreed.'),
        'Ze heeft haar broer gevraagd de zondagen over te nemen, en dat doet hij nu.',
      ],
      'valence',
      'strength',
    );
  });
});
