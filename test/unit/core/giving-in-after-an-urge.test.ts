import assert from 'node:assert/strict';
// Noticing an urge and holding back carries no signal (rule 29); giving in after it does: the act was told.
import { ruleLabel } from '../../helpers';

describe('giving in after an urge', () => {
  it('is the act told, in both languages', () => {
    for (const sentence of [
      'I felt the urge to give her my template and gave it anyway.',
      'Ik voelde de neiging haar een tip te geven en heb het toch gedaan.',
      'Ik had de neiging om haar mijn sjabloon te sturen en heb het toch gestuurd.',
    ])
      assert.ok(ruleLabel(sentence).signals.includes('expert-role'), sentence);
  });
  it('is not holding back', () => {
    for (const sentence of [
      'I felt the urge to give her my template but kept it in my bag.',
      'Ik voelde de neiging haar een tip te geven, maar heb die ingeslikt.',
    ])
      assert.deepEqual(ruleLabel(sentence).signals, [], sentence);
  });
});
