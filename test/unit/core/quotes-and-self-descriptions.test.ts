// The coachee's words about herself and about the coach, quoted (rules 16, 27, 32, 34).
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('quotes and self-descriptions', () => {
  it('describing or calling oneself is no doing of one’s own: what she calls herself decides', () => {
    assertRuleLabels(
      [
        inEnglish('He described himself as "the one who always cleans up the mess".'),
        'Hij noemde zichzelf "degene die altijd de rommel opruimt".',
      ],
      'valence',
      'neutral',
    );
    assertRuleLabels([inEnglish('She described herself as a pushover.')], 'valence', 'weakness');
  });
  it('praise for the coach’s questions in the coachee’s words is appreciation, no ask for the coach’s answer', () => {
    for (const text of [
      inEnglish('"You always know exactly what to ask," she said.'),
      '"Jij weet altijd precies wat je moet vragen," zei ze.',
      'Aan het eind zei hij: "Dit was precies wat ik nodig had, jij weet hoe het werkt."',
    ])
      assert.deepEqual(ruleLabel(text).signals, ['appreciation'], text);
    assert.deepEqual(ruleLabel('"Zegt u het maar, u weet wat er is," antwoordde hij.').signals, ['expert-role']);
  });
});
