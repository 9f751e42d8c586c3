// Regret, lashing out, feedback that hit hard and a situation left hanging are the coachee's problems (rules 7, 11).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('regret, lashing out and limbo', () => {
  it('are problems, in either language', () => {
    assertRuleLabels(
      [
        'Hij heeft daar spijt van.',
        'Hij viel dinsdag uit tegen een collega.',
        'De feedback van haar leidinggevende kwam hard aan.',
        'Alles hangt nog in de lucht tot de reorganisatie rond is.',
        inEnglish('She regrets the email she sent on Friday.'),
        inEnglish('His contract has been in limbo since March.'),
      ],
      'valence',
      'weakness',
    );
  });

  it('leave the coach’s own regret the coach’s side', () => {
    assertRuleLabels([inEnglish('I regret not asking her more about it.')], 'valence', 'neutral');
  });
});
