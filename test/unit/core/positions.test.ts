import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../server/src/core/positions';

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR as line ends', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    assert.deepEqual(index.position(2), { line: 1, character: 0 });
    assert.deepEqual(index.position(5), { line: 2, character: 0 });
    assert.deepEqual(index.position(7), { line: 3, character: 0 });
    assert.equal(index.lineCount, 4);
  });
  it('counts UTF-16 code units, so an emoji takes two characters', () => {
    const index = new LineIndex('😀 ja');
    assert.deepEqual(index.position(3), { line: 0, character: 3 });
  });
  it('clamps offsets outside the text and round-trips positions', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.position(99), { line: 1, character: 2 });
    assert.equal(index.offset({ line: 1, character: 1 }), 4);
    assert.equal(index.offset({ line: 0, character: 99 }), 3);
  });
  it('gives the line and character that counting line ends by hand gives, with and without CR', () => {
    const text = fc
      .array(fc.constantFrom('a', ' ', '\n', '\n\n', '\r', '\r\n', '😀'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (source) => {
        const index = new LineIndex(source);
        let line = 0;
        let character = 0;
        for (let offset = 0; offset <= source.length; offset++) {
          assert.deepEqual(
            index.position(offset),
            { line, character },
            `offset ${offset} of ${JSON.stringify(source)}`,
          );
          const code = source[offset];
          if (code === '\n' || (code === '\r' && source[offset + 1] !== '\n')) {
            line++;
            character = 0;
          } else if (code !== undefined) character++;
        }
        assert.equal(index.lineCount, line + 1);
      }),
    );
  });
  it('answers look-ups in any order as a fresh index would', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '😀'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 70 }), { maxLength: 30 }), (source, offsets) => {
        const shared = new LineIndex(source);
        for (const offset of offsets) assert.deepEqual(shared.position(offset), new LineIndex(source).position(offset));
      }),
    );
  });
});
