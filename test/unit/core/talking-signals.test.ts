import assert from 'node:assert/strict';
// Working hard (rule 30) told as talking: doing most of it, filling the silences, holding forth.
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
