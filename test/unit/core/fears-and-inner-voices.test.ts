// What the coachee fears, the voices in her head, and readings of what lies underneath (rules 10, 11, 33).
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('fears and inner voices', () => {
  it('a success named as what is feared is no strength: the fear is the problem (rule 11)', () => {
    assertRuleLabels(
      [
        'Ik vermoed dat ze bang is voor succes.',
        'Ze is bang voor haar eigen succes.',
        inEnglish('I suspect she is afraid of success.'),
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(['Ze is niet meer bang voor succes.'], 'valence', 'strength');
  });
  it('"zonder" governs its noun, not the doing at the end of the Dutch clause', () => {
    assertRuleLabels(
      [
        'Ze heeft de laatste drie vergaderingen zonder aantekeningen voorgezeten.',
        'Ze heeft het zonder hulp gedaan.',
        'Hij heeft zonder veel discussie gedelegeerd.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(['Ze deed het zonder te klagen.'], 'valence', 'strength');
  });
  it('a parent’s voice still in the head, clenched fists are problems', () => {
    assertRuleLabels(
      [
        inEnglish("My sense is that his father's voice is still in his head."),
        'Mijn gevoel is dat de stem van zijn vader nog altijd in zijn hoofd zit.',
        'Ze balde haar vuisten toen ze over de fusie sprak.',
        inEnglish('It seems to me that he is running away from his feelings.'),
      ],
      'valence',
      'weakness',
    );
  });
  it('what lies underneath a feeling is a reading of the coachee (rule 33)', () => {
    for (const text of [
      inEnglish('Underneath the anger there is a lot of sadness.'),
      'Onder de boosheid zit veel verdriet.',
    ])
      assert.deepEqual(ruleLabel(text).signals, ['ungrounded-interpretation'], text);
  });
});
