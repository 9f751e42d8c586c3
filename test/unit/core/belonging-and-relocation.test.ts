// Feeling an outsider, unhappy or down; relocation and retirement (rules 11, 13, 17).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('belonging and relocation', () => {
  it('unhappy, down, an outsider, sitting at home are problems, also for a partner (rule 17)', () => {
    assertRuleLabels(
      [
        inEnglish('She is unhappy at work.'),
        'Ze is ongelukkig op haar werk.',
        inEnglish('Since the move to Rotterdam she feels like an outsider.'),
        'Sinds de verhuizing naar Rotterdam voelt ze zich een buitenstaander.',
        inEnglish('His partner is unhappy here and wants to go back.'),
        'Ze voelt zich een beetje down.',
        inEnglish('Since retiring he has been sitting at home a lot.'),
      ],
      'valence',
      'weakness',
    );
  });
  it('a clear plan, a course followed, learning to value the new culture are strength', () => {
    assertRuleLabels(
      [
        inEnglish('She has a clear plan for her first year after retirement.'),
        'Hij volgt een cursus Nederlands en kan het teamoverleg nu volgen.',
        'Ze is de lange lunches met haar nieuwe collega’s gaan waarderen.',
      ],
      'valence',
      'strength',
    );
  });
  it('qualities in plain words: diligent, tactless, easily distracted', () => {
    assertRuleLabels([inEnglish('She is diligent.'), 'Ze is ijverig.'], 'valence', 'strength');
    assertRuleLabels([inEnglish('He is tactless.'), 'Ze is snel afgeleid.', 'Hij is tactloos.'], 'valence', 'weakness');
    assertRuleLabels([inEnglish('She needs some kind of structure.')], 'valence', 'neutral');
  });
});
