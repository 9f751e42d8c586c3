// Breaking a silence or a pattern is no blockage framed (rule 35); "hoe het zat" is how things stood, not being fed up
// with them; a Dutch note that the question was handed back is the coach's act (rule 25); the writer's thanks for a
// good conversation is a courtesy (rule 6).
import { strict as assert } from 'node:assert';
import { inEnglish, label, ruleLabel } from '../../helpers';

describe('breaking through what is no blockage', () => {
  it('is no resistance-framing: a silence, a pattern, a habit', () => {
    for (const text of [
      'Tijdens het gesprek twijfelde ik of ik de stilte moest doorbreken.',
      inEnglish('I wanted to break through the silence.'),
      inEnglish('We talked about how to break through the old pattern.'),
    ])
      assert.ok(!ruleLabel(text).signals.includes('resistance-framing'), text);
  });

  it('is none in the learned layer either: the cue is set aside for it (rule 35)', () => {
    for (const text of ['Ik moet dat patroon bij haar doorbreken.', 'Ik wil dat vaste patroon met haar doorbreken.'])
      assert.ok(!label(text).signals.includes('resistance-framing'), text);
  });

  it('leaves resistance to break through one', () => {
    assert.ok(ruleLabel('Die weerstand moet eerst doorbroken worden.').signals.includes('resistance-framing'));
    assert.ok(ruleLabel(inEnglish('I need to break through his resistance.')).signals.includes('resistance-framing'));
  });
});

describe('words that only look like a problem or somebody else’s act', () => {
  it('reads "hoe het zat" as how things stood, "het zat zijn" still as fed up', () => {
    assert.equal(ruleLabel('Ze vroeg hoe het zat met haar contract.').valence, 'neutral');
    assert.equal(ruleLabel('Ze is het zat.').valence, 'weakness');
  });

  it('reads a question handed back as the coach’s act', () => {
    assert.equal(ruleLabel('De vraag aan haar teruggegeven.').focus, 'coach');
  });

  it('reads the writer’s thanks for a good conversation as a courtesy', () => {
    const label = ruleLabel(inEnglish('Thanks for a good conversation on Tuesday.'));
    assert.deepEqual([label.valence, label.focus], ['neutral', 'neutral']);
  });
});
