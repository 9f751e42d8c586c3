// Thanks for the coach in other words, and the coachee's questions for the coaching (rules 13, 16, 34).
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('thanks and goals', () => {
  it('thanks sent "to thank me", "couldn’t have done this without you", questions that make him think', () => {
    for (const text of [
      inEnglish('He sent me a card to thank me for all my patience.'),
      'Hij stuurde me een kaartje om me te bedanken voor al mijn geduld.',
      inEnglish('"I couldn\'t have done this without you," she wrote.'),
      '"Zonder jou had ik dit nooit gekund," schreef ze.',
      inEnglish('He told me my questions always make him think.'),
      'Hij vertelde me dat mijn vragen hem altijd aan het denken zetten.',
    ]) {
      const { valence, signals } = ruleLabel(text);
      assert.deepEqual([valence, signals], ['neutral', ['appreciation']], text);
    }
  });
  it('praise that names what the coachee then did is her strength, no appreciation (rule 16)', () => {
    const text = inEnglish('"Your question made me think, and I decided to call him that evening," she said.');
    assert.deepEqual([ruleLabel(text).valence, ruleLabel(text).signals], ['strength', []]);
  });
  it('the question for the coaching and wanting to get better at something are its learning points (rule 13)', () => {
    assertRuleLabels(
      [
        inEnglish('Her question for the coaching: how do I lead a team of former peers?'),
        inEnglish('She would like to become better at prioritising.'),
      ],
      'valence',
      'weakness',
    );
  });
});
