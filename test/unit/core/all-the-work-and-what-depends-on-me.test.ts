// Doing all the work is working hard; the coachee's result depending on the coach is outcome-responsibility; "part of
// me" is the coach; finding the words, a conversation that went better, and credit taken by a colleague by meaning.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('the coach doing all the work', () => {
  it('is working hard (rule 30)', () => {
    assert.ok(
      ruleLabel(inEnglish('I noticed I was doing all the work: asking, summarising, proposing.')).signals.includes(
        'working-hard',
      ),
    );
    assert.ok(
      ruleLabel('Ik merkte dat ik al het werk deed: vragen, samenvatten, voorstellen.').signals.includes(
        'working-hard',
      ),
    );
  });
});

describe('the coachee’s result depending on the coach', () => {
  it('is outcome-responsibility, and "part of me" is the coach (rules 36, 18)', () => {
    for (const text of [
      inEnglish('Part of me still believed that her recovery depended on me.'),
      'Een deel van mij geloofde nog steeds dat haar herstel van mij afhing.',
    ]) {
      const label = ruleLabel(text);
      assert.ok(label.signals.includes('outcome-responsibility'), text);
      assert.equal(label.focus, 'coach', text);
    }
  });
});

describe('the coachee’s matter by meaning', () => {
  it('reads finding the words, a conversation that went better, and a colleague taking the credit', () => {
    for (const [text, valence] of [
      [inEnglish('In the end it was she who found the words for what she wanted.'), 'strength'],
      ['Uiteindelijk was zij het die de woorden vond voor wat ze wilde.', 'strength'],
      [inEnglish('The meeting with her colleague went better than she had feared.'), 'strength'],
      ['Een collega strijkt in vergaderingen met de eer van haar werk.', 'weakness'],
      ['Ze heeft haar zondagmiddagen weer voor zichzelf opgeëist.', 'strength'],
    ] as const)
      assert.equal(ruleLabel(text).valence, valence, text);
  });
});
