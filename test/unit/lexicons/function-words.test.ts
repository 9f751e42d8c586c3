import assert from 'node:assert/strict';
import nl from '../../../server/src/lexicons/nl/function-words.json';
import en from '../../../server/src/lexicons/en/function-words.json';
import { functionWords } from '../../../server/src/lexicons';

describe('function words, one list per purpose and language', () => {
  it('has the same purposes in both languages, each saying what it is for, words lower case and once', () => {
    assert.deepEqual(Object.keys(nl.lists), Object.keys(en.lists));
    for (const [language, file] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      for (const [name, list] of Object.entries(file.lists)) {
        assert.ok(list.about.length > 20, `${language} ${name}`);
        assert.equal(new Set(list.words).size, list.words.length, `${language} ${name} repeats a word`);
        for (const word of list.words) assert.equal(word, word.toLowerCase(), `${language} ${name}: ${word}`);
      }
    }
  });
  it('gives the mechanisms both languages of a purpose together', () => {
    assert.ok(functionWords.circumstantial.has('omdat') && functionWords.circumstantial.has('because'));
    assert.ok(functionWords.strongContrast.has('maar') && functionWords.strongContrast.has('but'));
    assert.ok(!functionWords.circumstantial.has('maar'));
  });
});
