import assert from 'node:assert/strict';
import { stem, tokenize } from '../../../server/src/core/words';

describe('words', () => {
  // Snowball's own results: the lexicons and pattern's Dutch polarity list are keyed by them.
  it('stems Dutch and English the Snowball way', () => {
    const dutch = { beslissingen: 'besliss', onzekerheid: 'onzeker', vrolijke: 'vrolijk', gesprekken: 'gesprek', twijfelde: 'twijfeld' };
    const english = { running: 'run', generously: 'generous', happiness: 'happi', decided: 'decid', conversations: 'convers' };
    for (const [word, expected] of Object.entries(dutch)) assert.equal(stem(word, 'nl'), expected, word);
    for (const [word, expected] of Object.entries(english)) assert.equal(stem(word, 'en'), expected, word);
  });
  it('keeps hyphenated words and contractions whole, with the punctuation after each token', () => {
    const tokens = tokenize("Ze noemde haar burn-outklachten, maar don't worry.", 'nl');
    assert.deepEqual(tokens.map((t) => t.norm), ['ze', 'noemde', 'haar', 'burn-outklachten', 'maar', "don't", 'worry']);
    assert.equal(tokens[3]!.after, ',');
  });
});
