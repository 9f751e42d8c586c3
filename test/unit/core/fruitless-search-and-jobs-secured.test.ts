// A search without result is a setback (rule 7); the coach setting out to get the coachee an interview or a job takes
// on her result (rule 36), where the coachee asking for that help is her ask (rule 15).
import { strict as assert } from 'node:assert';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a search without result', () => {
  it('is a setback, in either language', () => {
    assertRuleLabels(
      [
        inEnglish('Yusuf has been applying for product manager roles for four months without an interview.'),
        inEnglish('She called the agency three times, to no avail.'),
        'Ze solliciteert al maanden zonder succes.',
        'Hij belde drie keer, tevergeefs.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('getting the coachee an interview or a job', () => {
  it('is the coach taking on the result (rule 36)', () => {
    for (const text of [
      inEnglish('## My part\n\n- Felt pressure to get him an interview before the summer.'),
      'Ik wil haar voor de zomer aan een baan helpen.',
    ])
      assert.ok(ruleLabel(text).signals.includes('outcome-responsibility'), text);
  });

  it('is no outcome-responsibility where the coachee asks for that help', () => {
    assert.ok(!ruleLabel('Ze vroeg of ik haar aan een baan kon helpen.').signals.includes('outcome-responsibility'));
  });
});
