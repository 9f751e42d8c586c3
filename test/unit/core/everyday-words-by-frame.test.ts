// Everyday words of behaviour and team life, read in one frame each, both languages (rules 9, 11, 17).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('everyday words by frame', () => {
  it('hesitating, exploding, failing, overreacting, overtime and misunderstandings are problems', () => {
    assertRuleLabels(
      [
        inEnglish('She hesitated during the meeting.'),
        inEnglish('She exploded during the meeting.'),
        'Ze faalde tijdens het overleg.',
        'Ze reageerde overdreven tijdens het overleg.',
        inEnglish('There is a lot of overtime in her team.'),
        'Er is veel overwerk in haar team.',
        inEnglish('There was a misunderstanding about the deadline.'),
      ],
      'valence',
      'weakness',
    );
  });
  it('coping, standing firm, taking the lead and mutual respect are strength; low turnover still is', () => {
    assertRuleLabels(
      [
        inEnglish('She coped during the meeting.'),
        'Ze hield stand tijdens het overleg.',
        'Ze nam de leiding tijdens het overleg.',
        'Er is veel respect in haar team.',
        inEnglish('He has strong people skills, shown by the low staff turnover in his store over six years.'),
      ],
      'valence',
      'strength',
    );
  });
});
