import assert from 'node:assert/strict';
// "You're clearly someone who …": a label of the coachee, an interpretation without grounds (rule 33), also when
// addressed to them; with a ground named, none.
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('someone who …', () => {
  it('labels the coachee, in both languages, also addressed to them', () => {
    for (const sentence of [
      'You’re clearly someone who copes by staying busy.',
      'Je bent duidelijk iemand die het druk houdt.',
      'She’s someone who needs a plan for everything.',
    ])
      assert.ok(ruleLabel(sentence).signals.includes('ungrounded-interpretation'), sentence);
  });
  it('is grounded when the sentence names what was seen', () => {
    const label = ruleLabel('Based on how she talked about the weekend, she’s clearly someone who needs structure.');
    assert.deepEqual(label.signals, []);
  });
});

describe('admitting', () => {
  it('tells a problem the coachee owns up to, in both languages', () => {
    assertRuleLabels(
      [
        'He admitted he still checks her slides the night before "just in case".',
        'Hij gaf toe dat hij haar slides nog steeds controleert.',
      ],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel('She admitted that she had actually enjoyed the presentation.').valence, 'strength');
  });
});

describe('a label the coachee gives herself', () => {
  it('is her own words, no interpretation of the coach’s, in both languages', () => {
    for (const sentence of [
      'Ze noemt zichzelf een perfectionist.',
      'Hij ziet zichzelf als een pleaser.',
      'She calls herself a perfectionist.',
      'He sees himself as a people-pleaser.',
    ])
      assert.deepEqual(ruleLabel(sentence).signals, [], sentence);
  });
});
