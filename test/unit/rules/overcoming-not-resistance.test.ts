import assert from 'node:assert/strict';
// Getting past a blockage is resistance framed (rule 35) when the coach or the report treats the coachee's
// resistance so, not when the coachee gets past her own fear.
import { ruleLabel } from '../../helpers';

const framed = (sentence: string): boolean => ruleLabel(sentence).signals.includes('resistance-framing');

describe('overcoming and resistance', () => {
  it('is no resistance framed when the coachee overcomes her own fear', () => {
    assert.equal(framed('She has overcome her fear.'), false);
    assert.equal(framed('Ze wil haar angst voor presenteren overwinnen.'), false);
  });
  it('is resistance framed when the resistance is to be broken through', () => {
    assert.equal(framed('I need to break through his resistance first.'), true);
    assert.equal(framed('Die boosheid moet volgens mij eerst doorbroken worden.'), true);
  });
});
