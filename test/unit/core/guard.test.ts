import assert from 'node:assert/strict';
import { defuse, maxDepth } from '../../../server/src/core/guard';
import { analyze } from '../../helpers';

const deep = 100_000;

describe('hostile nesting', () => {
  it('keeps the text length, so every offset stays true', () => {
    for (const text of [
      '>'.repeat(deep) + ' x',
      '['.repeat(deep) + 'x',
      '- '.repeat(deep) + 'x',
      ' '.repeat(deep) + '- x',
    ]) {
      const { text: defused, changed } = defuse(text);
      assert.equal(changed, true);
      assert.equal(defused.length, text.length);
    }
  });
  it('leaves ordinary reports alone', () => {
    const report =
      '# Sessie\n\n> Citaat\n\n- punt\n  - subpunt\n    1. genummerd\n\n*nadruk* en [link](x) en `code`.\n';
    assert.deepEqual(defuse(report), { text: report, changed: false });
  });
  it(`reads block quotes to a depth of ${maxDepth}, deeper as text`, () => {
    const text = `${'>'.repeat(deep)} Ze besloot het zelf.`;
    const [sentence] = analyze(text).sentences;
    assert.ok(sentence, 'the text inside is still analysed');
    assert.ok(sentence.text.endsWith('Ze besloot het zelf.'));
    // What is left of the markers beyond the depth is noise: the sentence is the words, and starts at them.
    assert.equal(sentence.text, 'Ze besloot het zelf.');
    assert.deepEqual(sentence.range.start, { line: 0, character: deep + 1 });
  });
  it('reads delimiters past the per-line cap as white space, and keeps the words', () => {
    const text = `${'['.repeat(500)}Ze besloot het zelf.${']'.repeat(500)}`;
    assert.equal(defuse(text).text.length, text.length);
    const [sentence] = analyze(text).sentences;
    assert.equal(sentence!.text, `${'['.repeat(128)} Ze besloot het zelf.${']'.repeat(128)}`);
  });
  it('analyses 100,000-deep brackets, emphasis, lists and HTML without running out of stack', () => {
    for (const text of [
      '['.repeat(deep) + 'x' + ']'.repeat(deep),
      '*_'.repeat(deep / 2) + 'x' + '_*'.repeat(deep / 2),
      Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n'),
      '<div>'.repeat(deep) + 'x' + '</div>'.repeat(deep),
    ]) {
      const analysis = analyze(text);
      for (const s of analysis.sentences) assert.ok(s.range.end.line >= s.range.start.line);
    }
  });
});
