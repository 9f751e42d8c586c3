import assert from 'node:assert/strict';
import { readFrontMatter } from '../../../server/src/core/front-matter';
import { analyze } from '../../helpers';

describe('front matter', () => {
  it('reads coachee, date, lang, perspective and kracht: off', () => {
    const { meta, problem } = readFrontMatter('coachee: Ilse\ndate: 2026-03-04\nlang: nl-BE\nperspective: addressed\nkracht: off');
    assert.equal(problem, null);
    assert.deepEqual(meta, { coachee: 'Ilse', date: '2026-03-04', lang: 'nl', perspective: 'addressed', krachtOff: true });
  });
  it('reads the same block again as new: a change to one answer does not reach the next', () => {
    const block = 'coachee: Sanne\nlang: nl';
    const first = readFrontMatter(block);
    first.meta.coachee = 'someone else';
    assert.equal(readFrontMatter(block).meta.coachee, 'Sanne');
    assert.equal(readFrontMatter('coachee: Ahmed').meta.coachee, 'Ahmed');
  });
  it('reports a malformed block once and still analyses the report', () => {
    const analysis = analyze('---\ncoachee: [Ilse\n---\nZe besloot zelf te bellen.\n');
    assert.equal(analysis.problems.length, 1);
    assert.match(analysis.problems[0]!.message, /^Front matter could not be read/u);
    assert.equal(analysis.sentences[0]!.valence, 'strength');
  });
  it('refuses more than 100 aliases (a billion-laughs block) and blocks over 64 KB', () => {
    const laughs = ['a: &a [x, x]', ...Array.from({ length: 120 }, (_, i) => `b${i}: &b${i} [*${i === 0 ? 'a' : `b${i - 1}`}, *${i === 0 ? 'a' : `b${i - 1}`}]`)].join('\n');
    assert.match(readFrontMatter(laughs).problem ?? '', /could not be read/u);
    assert.match(readFrontMatter(`notes: ${'x'.repeat(70_000)}`).problem ?? '', /larger than 64 KB/u);
  });
  it('does not run custom tags: they are an error, not code', () => {
    assert.match(readFrontMatter('coachee: !!js/function "function () { return 1 }"').problem ?? '', /could not be read/u);
  });
});
