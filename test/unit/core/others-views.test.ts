// A label in what the coachee or someone else says or thinks is their view reported, no reading of the coach's
// (rule 33); the coach's own "I think he is lazy" stays one.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('a label in someone else’s view', () => {
  it('is no interpretation of the coach’s (rule 33)', () => {
    for (const text of [
      inEnglish('He is afraid that his manager will think he is lazy.'),
      inEnglish('Her manager says she is lazy.'),
    ])
      assert.ok(!ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });

  it('leaves the coach’s own reading one, in either language', () => {
    assert.ok(ruleLabel(inEnglish('I think he is lazy.')).signals.includes('ungrounded-interpretation'));
    assert.ok(ruleLabel('Ik denk dat hij lui is.').signals.includes('ungrounded-interpretation'));
  });
});
