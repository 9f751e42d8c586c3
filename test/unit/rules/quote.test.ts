import assert from 'node:assert/strict';
import fc from 'fast-check';
import { balanced, quote } from '../../../server/src/rules/rule';
import { opening } from '../../../server/src/rules/balance/balance-rule';

const runs = Number(process.env.FUZZ_RUNS ?? 500);
const seed = Number(process.env.FUZZ_SEED ?? 20261203);

describe('rules: the words a message quotes', () => {
  it('never leaves a quotation opened inside the quote marks, and keeps the words', () => {
    assert.equal(quote(['vraag: "Hoe'], 'nl'), '“vraag: Hoe”');
    assert.equal(quote([opening('Ze vroeg: "Hoe moet ik dit nou aanpakken?"')], 'nl'), '“Ze vroeg: Hoe moet ik dit …”');
    assert.equal(quote(['zei "nee"', 'tips'], 'en'), '“zei "nee"” and “tips”');
    assert.equal(quote(['tips,'], 'en'), '“tips”');
  });
  it('gives every cue an even number of quotation marks and the same words (property)', () => {
    const cue = fc
      .array(fc.constantFrom('ik', 'Hoe', ' ', '"', '“', '”', '„', ':', ','), { minLength: 1, maxLength: 12 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(cue, (c) => {
        const out = balanced(c);
        const words = (s: string): string[] => s.match(/\p{L}+/gu) ?? [];
        assert.equal((out.match(/"/gu) ?? []).length % 2, 0, JSON.stringify(c));
        assert.equal((out.match(/[“”„]/gu) ?? []).length % 2, 0, JSON.stringify(c));
        assert.deepEqual(words(out), words(c));
      }),
      { numRuns: runs, seed },
    );
  });
});
