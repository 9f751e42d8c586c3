import assert from 'node:assert/strict';
import fc from 'fast-check';
import { paragraphSlices } from '../../../server/src/core/slices';
import { analyze } from '../../helpers';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20261126);
const fence = /^ {0,3}(?:```|~~~)/u;

describe('a report above the size limit, read in runs of paragraphs', () => {
  it('cuts a text into runs that together are the text, each ending on a blank line outside a fence', () => {
    const line = fc.constantFrom(
      '',
      ' ',
      'Ze besloot zelf.',
      'Ik gaf haar een tip.',
      '```',
      '~~~',
      '- punt',
      '# Kop',
      'Hij twijfelde.\r',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.integer({ min: 1, max: 80 }), (lines, size) => {
        const text = lines.join('\n');
        const slices = paragraphSlices(text, size);
        assert.equal(slices.map((slice) => slice.text).join(''), text);
        let fences = 0;
        for (const [index, slice] of slices.entries()) {
          assert.equal(
            slice.start,
            slices.slice(0, index).reduce((sum, s) => sum + s.text.length, 0),
          );
          assert.equal(slice.line, text.slice(0, slice.start).split('\n').length - 1);
          fences += slice.text.split('\n').filter((l) => fence.test(l)).length;
          if (index === slices.length - 1) continue;
          assert.ok(slice.text.length >= size, 'a run ends only once it is long enough');
          assert.match(slice.text, /(?:^|\n)[ \t\r]*\n$/u, 'a run ends on a blank line');
          assert.equal(fences % 2, 0, 'no run ends inside a fence');
        }
      }),
      { numRuns: runs, seed },
    );
  });

  it('gives a long report the balance of reading it whole, naming sentences where they stand', function () {
    this.timeout(120_000);
    // Past one run (200,000 characters): distinct paragraphs, mostly problems, no names.
    // The last paragraphs' problem sentences are the longest: the ones a warning names, past the first run.
    const paragraph = (i: number): string =>
      `## Sessie ${i}\n\nHij voelt zich onzeker over opdracht ${i} en twijfelt over alles wat hij doet${i >= 1295 ? ', en hij piekert er elke avond lang over' : ''}.\nHet conflict met zijn collega loopt vast en hij slaapt er slecht door.\n\nToch besloot hij zelf om gesprek ${i} aan te gaan.\n`;
    const text = Array.from({ length: 1300 }, (_, i) => paragraph(i)).join('\n');
    assert.ok(text.length > 250_000);
    const whole = analyze(text, { maxFileSize: 2_000_000 });
    const runsRead = analyze(text, { maxFileSize: 100_000 });
    // The same counts, summed in another order: equal to a word.
    assert.equal(runsRead.balance.strengthShare, whole.balance.strengthShare);
    assert.equal(runsRead.balance.coacheeShare, whole.balance.coacheeShare);
    for (const key of ['strengthWords', 'weaknessWords', 'coachWords', 'coacheeWords'] as const)
      assert.ok(Math.abs(runsRead.balance[key] - whole.balance[key]) < 1, key);
    const finding = runsRead.findings.find((f) => f.ruleId === 'balance/strength-weakness');
    assert.ok(finding, 'the problem-heavy report still gets its balance warning');
    const lines = text.split('\n');
    assert.ok(finding.related.length > 0);
    for (const related of finding.related) {
      // Each sentence named stands on the line it is said to, also past the first run.
      assert.match(
        lines[related.range.start.line]!.slice(related.range.start.character),
        /^Hij voelt zich onzeker over opdracht \d+/u,
      );
    }
    assert.ok(
      finding.related.some((related) => related.range.start.line > text.slice(0, 200_000).split('\n').length),
      'a sentence named past the first run',
    );
  });
});
