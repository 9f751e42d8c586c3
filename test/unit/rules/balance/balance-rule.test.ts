import assert from 'node:assert/strict';
import fc from 'fast-check';
import { opening } from '../../../../server/src/rules/balance/balance-rule';

const runs = Number(process.env.FUZZ_RUNS ?? 500);
const seed = Number(process.env.FUZZ_SEED ?? 20261126);

/** The opening as first written: split into words, six joined by single spaces. */
function openingBySplit(text: string): string {
  const words = text.split(/\s+/u);
  return words.length <= 6 ? text : `${words.slice(0, 6).join(' ')} …`;
}

describe('balance rules: the opening of a sentence they quote', () => {
  it('is the first six words, white space between them made single, read without splitting the sentence', () => {
    assert.equal(opening('Ik legde haar het model van de dramadriehoek uit.'), 'Ik legde haar het model van …');
    assert.equal(opening('Ze besloot zelf.'), 'Ze besloot zelf.');
    const text = fc
      .array(fc.constantFrom('ik', 'Ze', 'besloot', ' ', '  ', '\n', '\t', '\u00a0', '.', 'é'), { maxLength: 30 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => assert.equal(opening(t), openingBySplit(t), JSON.stringify(t))),
      { numRuns: runs, seed },
    );
  });
});
