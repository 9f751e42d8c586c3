// "Haar vraag aan mij: …" is the coachee asking the coach (rule 32), no responsibility the coach takes on (rule 36);
// explaining how the coach works is no advice; help that lasted only briefly is a setback.
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

describe('the coachee’s question put to the coach', () => {
  it('is asking the coach, in both languages', () => {
    assert.deepEqual(ruleLabel('Haar vraag aan mij: hoe krijg ik mijn team weer mee?').signals, ['expert-role']);
    assert.deepEqual(ruleLabel(inEnglish('Her question to me: how do I get my team on board again?')).signals, [
      'expert-role',
    ]);
  });

  it('holds the coachee’s own first person, not the coach’s', () => {
    // Her own explaining, told in her words, is no coach working hard.
    const words = ruleLabel(inEnglish('Her words: I explained it to them three times and nobody listens.'));
    assert.equal(words.focus, 'coachee');
    assert.deepEqual(words.signals, []);
  });

  it('while the coach taking the outcome on still is responsibility', () => {
    assert.deepEqual(ruleLabel('Als ze zakt, ligt dat aan mij.').signals, ['outcome-responsibility']);
  });
});

describe('the coach explaining how they work', () => {
  it('gives no advice', () => {
    assert.deepEqual(
      ruleLabel('Ik heb uitgelegd hoe ik werk en dat ik geen kant-en-klare oplossingen geef.').signals,
      [],
    );
  });
});

describe('help that lasted only briefly', () => {
  it('is a setback in both languages', () => {
    assert.equal(ruleLabel('Dat hielp maar kort.').valence, 'weakness');
    assert.equal(ruleLabel(inEnglish('That only helped for a while.')).valence, 'weakness');
  });
});
