// Advice in the question the coach asks ("I asked her what she would advise a friend") is what the coach asks about:
// no advice given, no expert-role, no interpretation (rules 32, 33: asking questions is not).
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('advice the coach asks about', () => {
  it('gives no expert-role and no interpretation, in either language (rules 32, 33)', () => {
    for (const text of [
      inEnglish('I asked her what she would advise a friend in her position.'),
      'Ik vroeg haar wat ze een vriendin in haar situatie zou aanraden.',
    ])
      assert.deepEqual(ruleLabel(text).signals, [], text);
  });

  it('leaves advice told, and the coachee asking for it, as they were', () => {
    assert.deepEqual(ruleLabel(inEnglish('I told her what I would do in her position.')).signals, ['expert-role']);
    assert.ok(ruleLabel(inEnglish('She asked me what I would advise.')).signals.includes('expert-role'));
    assert.ok(ruleLabel('Ik heb haar aangeraden om een vaste thuiswerkdag te vragen.').signals.includes('expert-role'));
  });
});
