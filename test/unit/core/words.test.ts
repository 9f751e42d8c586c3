import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords, stem, tokenize, wordOf, type Token } from '../../../server/src/core/words';
import { assertSameWhereAccepted } from '../differential';

/** The tokenizer as a pattern: what the hand-written reader must equal. */
function tokenizeByPattern(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // A word, or a clitic of one or two small letters after an apostrophe ("'s", "'t"); any other apostrophe before a
  // word opens a quotation and is no part of it.
  const word = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/uy;
  const clitic = /['’]([\p{L}]+)/uy;
  for (let at = 0; at < text.length;) {
    clitic.lastIndex = at;
    word.lastIndex = at;
    const small = clitic.exec(text);
    const match = small && small[1]!.length <= 2 && small[1] === small[1]!.toLowerCase() ? small : word.exec(text);
    if (!match) {
      at++;
      continue;
    }
    const norm = match[0].toLowerCase().replace(/’/gu, "'");
    if (tokens.length > 0) tokens[tokens.length - 1]!.after = text.slice(previousEnd, at).trim();
    tokens.push({ norm, stem: stem(norm, 'en'), word: wordOf(norm, 'en'), at, after: '' });
    previousEnd = at + match[0].length;
    at = previousEnd;
  }
  if (tokens.length > 0) tokens[tokens.length - 1]!.after = text.slice(previousEnd).trim();
  return tokens;
}

describe('words', () => {
  // Snowball's own results: the lexicons and pattern's Dutch polarity list are keyed by them.
  it('stems Dutch and English the Snowball way', () => {
    const dutch = {
      beslissingen: 'besliss',
      onzekerheid: 'onzeker',
      vrolijke: 'vrolijk',
      gesprekken: 'gesprek',
      twijfelde: 'twijfeld',
    };
    const english = {
      running: 'run',
      generously: 'generous',
      happiness: 'happi',
      decided: 'decid',
      conversations: 'convers',
    };
    for (const [word, expected] of Object.entries(dutch)) assert.equal(stem(word, 'nl'), expected, word);
    for (const [word, expected] of Object.entries(english)) assert.equal(stem(word, 'en'), expected, word);
  });
  it('keeps hyphenated words and contractions whole, with the punctuation after each token', () => {
    const tokens = tokenize("Ze noemde haar burn-outklachten, maar don't worry.", 'nl');
    assert.deepEqual(
      tokens.map((t) => t.norm),
      ['ze', 'noemde', 'haar', 'burn-outklachten', 'maar', "don't", 'worry'],
    );
    assert.equal(tokens[3]!.after, ',');
  });
  it('reads words as the word pattern does: letters and numbers of every script, inner hyphens and apostrophes, surrogates', () => {
    // Latin, accents, dotted İ, an Arabic-Indic digit, a Roman numeral, astral letters and digits, an
    // emoji, both apostrophes, hyphen, combining accent, lone surrogates, blanks and punctuation.
    const pieces = [
      'a',
      'Z',
      'é',
      'ß',
      'İ',
      '3',
      '٣',
      'Ⅻ',
      '𝒜',
      '𝟘',
      '😀',
      "'",
      '’',
      '-',
      '\u0301',
      '\ud800',
      '\udc00',
      ' ',
      '  ',
      ',',
      '.',
      '\n',
      '—',
      'don',
      'burn',
      'ÉÉN',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
    const options = {
      numRuns: Number(process.env.FUZZ_RUNS ?? 2000),
      seed: Number(process.env.FUZZ_SEED ?? 20261126),
      what: 'texts',
    };
    assertSameWhereAccepted(text, (input) => tokenize(input, 'en'), tokenizeByPattern, options);
    assertSameWhereAccepted(text, countWords, (input) => input.match(/[\p{L}\p{N}]+/gu)?.length ?? 0, options);
  });
});
