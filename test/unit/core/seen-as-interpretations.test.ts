// "Which I see as resistance", "wat ik zie als weerstand": the coach's reading of the coachee's behaviour, so the
// blockage framed there is the coachee's, not the coach's own reluctance (rules 33, 35).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

describe('behaviour the coach sees as resistance', () => {
  it('is resistance framed, in both languages', () => {
    const english = ruleLabel(inEnglish('Still not keeping the food diary, which I see as resistance to be broken.'));
    assert.ok(english.signals.includes('resistance-framing'), english.signals.join());
    const dutch = ruleLabel('Ze heeft het dagboek weer niet bijgehouden, wat ik zie als weerstand die weg moet.');
    assert.ok(dutch.signals.includes('resistance-framing'), dutch.signals.join());
  });

  it('not the coach’s own reluctance', () => {
    assert.deepEqual(ruleLabel(inEnglish('I noticed my own resistance to the topic.')).signals, []);
  });
});
