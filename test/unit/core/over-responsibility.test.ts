// Carrying everyone's load, rescuing, taking every task; letting others solve it (rules 9, 11).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('over-responsibility', () => {
  it('carrying everyone’s mood, rescuing before asked, taking every extra task are problems', () => {
    assertRuleLabels(
      [
        inEnglish("He carries the responsibility for everyone's mood at home."),
        'Hij draagt thuis de verantwoordelijkheid voor ieders stemming.',
        inEnglish('He tends to rescue his team members before they ask.'),
        'Hij heeft de neiging zijn teamleden te redden voordat ze erom vragen.',
        inEnglish('She takes on every extra task her manager offers.'),
        'Ze neemt elke extra taak aan die haar manager aanbiedt.',
        inEnglish('In the maths mock she stayed in the room, but she left half of paper 2 blank.'),
      ],
      'valence',
      'weakness',
    );
  });
  it('letting someone solve it himself, staying in the room are strength', () => {
    assertRuleLabels(
      [
        inEnglish('He let his son solve the problem with the teacher himself.'),
        'Hij liet zijn zoon het probleem met de leraar zelf oplossen.',
        inEnglish('She stayed in the room when her colleague raised his voice.'),
        'Ze bleef in de kamer toen haar collega zijn stem verhief.',
      ],
      'valence',
      'strength',
    );
  });
});
