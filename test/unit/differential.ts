import assert from 'node:assert/strict';
import fc from 'fast-check';

/**
 * Holds a fast reader to the reference it shortcuts: for every generated input the fast one accepts
 * (it returns null to leave an input to the reference), both give the same result. The comparison
 * means something only when the fast reader takes a fair share of the inputs, so at least a tenth.
 */
export function assertSameWhereAccepted<T, R>(
  inputs: fc.Arbitrary<T>,
  fast: (input: T) => R | null,
  reference: (input: T) => R,
  options: { numRuns: number; seed: number; what: string },
): void {
  let accepted = 0;
  fc.assert(
    fc.property(inputs, (input) => {
      const quick = fast(input);
      if (quick === null) return;
      accepted++;
      assert.deepEqual(quick, reference(input), JSON.stringify(input));
    }),
    { numRuns: options.numRuns, seed: options.seed },
  );
  assert.ok(
    accepted > options.numRuns / 10,
    `only ${accepted} of ${options.numRuns} ${options.what} taken by the fast reader`,
  );
}
