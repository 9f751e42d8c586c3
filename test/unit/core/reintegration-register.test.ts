// The register of reintegration and progress notes: a lack turns the quality it lacks, a capacity that is limited is a
// problem and one that grew progress, running into something an obstacle, being able a strength (rules 10, 12); the
// coachee dealing with a problem tells how she dealt with it (rule 9), a problem to learn to deal with is a goal (13).
import { assertRuleLabels } from '../../helpers';

describe('progress notes', () => {
  it('tell problems', () => {
    assertRuleLabels(
      [
        'Coachee loopt aan tegen een gebrek aan duidelijkheid over haar taken.',
        'The coachee runs into a lack of clarity about her tasks.',
        'De belastbaarheid is nog beperkt.',
        'His capacity for work is still limited.',
        'There is a disrupted working relationship.',
        'Coachee is nog niet in staat om volledige dagen te werken.',
      ],
      'valence',
      'weakness',
    );
  });
  it('tell strengths', () => {
    assertRuleLabels(
      [
        'De belastbaarheid is de afgelopen maand toegenomen.',
        'Her capacity for work has increased over the past month.',
        'Coachee is in staat om zijn grenzen te bewaken.',
        'Coachee laat een positieve ontwikkeling zien in het omgaan met stress.',
        'The coachee shows positive development in dealing with stress.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('dealing with a problem', () => {
  it('is a strength as the coachee’s act', () => {
    assertRuleLabels(['She deals with stress better now.', 'Ze gaat beter om met stress.'], 'valence', 'strength');
  });
  it('is a problem as a goal or a difficulty', () => {
    assertRuleLabels(
      [
        'He wants to learn to deal with stress.',
        'Ze wil beter leren omgaan met kritiek.',
        'Dealing with criticism is hard for her.',
        'Dealing with criticism is her pitfall.',
      ],
      'valence',
      'weakness',
    );
  });
});
