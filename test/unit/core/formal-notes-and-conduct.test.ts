// Formal progress notes and conduct in meetings (rules 9, 10, 23).
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('formal notes and conduct', () => {
  it('growth shown and feeling in control of a workload are strength: the workload is what she handles', () => {
    assertRuleLabels(
      [
        inEnglish('The coachee reports feeling more in control of her workload.'),
        inEnglish('The coachee shows clear growth in handling difficult conversations.'),
        'Coachee laat een duidelijke groei zien in het voeren van lastige gesprekken.',
      ],
      'valence',
      'strength',
    );
  });
  it('apologising for every question is a problem; asking without apologising a strength', () => {
    assertRuleLabels(['Ze verontschuldigt zich voor elke vraag die ze stelt.'], 'valence', 'weakness');
    assertRuleLabels(
      [
        'Ze stelde haar vraag zonder zich eerst te verontschuldigen.',
        inEnglish('She asked her question without apologising first.'),
      ],
      'valence',
      'strength',
    );
  });
  it('a coachee who does not want to go home is in trouble', () => {
    assertRuleLabels(
      [
        'Slaapt sinds zaterdag bij haar vriendin Iris, want ze wil "echt niet meer naar huis"',
        inEnglish("She doesn't want to go home after school."),
      ],
      'valence',
      'weakness',
    );
  });
  it('the means of sending is no product: a summary sent by mail is no expert-role (rule 32)', () => {
    assert.deepEqual(ruleLabel('Ik stuur de samenvatting per mail.').signals, []);
    assert.deepEqual(ruleLabel('Ik heb een mail voor haar geschreven.').signals, ['expert-role']);
  });
});
