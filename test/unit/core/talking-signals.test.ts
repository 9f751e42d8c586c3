import assert from 'node:assert/strict';
// Working hard (rule 30) told as talking or steering: doing most of it, filling the silences, my solution.
import { ruleLabel } from '../../helpers';

describe('the coach doing most of the talking, in everyday words (rule 30)', () => {
  it('finds talking more, filling the silences and holding forth, in both languages', () => {
    for (const text of [
      'I noticed I was talking more than she was.',
      'Halfway through I caught myself filling the silences.',
      'Ik merkte dat ik meer aan het woord was dan zij.',
      'Ik liet hem nauwelijks aan het woord.',
    ])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
  });
  it('leaves the coachee talking more alone', () => {
    for (const text of ['She was talking more than usual.', 'Hij sprak meer dan vorige keer.'])
      assert.deepEqual(ruleLabel(text).signals, [], text);
  });
});

describe('the coach steering towards their own solution (rule 30)', () => {
  it('is working hard, in both languages, and the coachee’s own solution is not', () => {
    for (const text of [
      'Halfway through I realised I was steering him towards my solution.',
      'Ik merkte dat ik hem naar mijn oplossing stuurde.',
      'Achteraf was ik te sturend.',
    ])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
    for (const text of ['She found her own solution.', 'Hij kwam zelf met een eigen oplossing.'])
      assert.deepEqual(ruleLabel(text).signals, [], text);
  });
});

describe('keeping the energy up and doing a lot of the talking (rule 30)', () => {
  it('is working hard, in both languages', () => {
    for (const text of [
      'I felt I had to keep the energy up and ended up doing a lot of the talking.',
      'Ik was veel aan het woord.',
    ])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
    assert.deepEqual(ruleLabel('Ze was veel aan het woord over haar moeder.').signals, []);
  });
});
