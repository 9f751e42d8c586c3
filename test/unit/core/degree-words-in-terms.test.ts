import assert from 'node:assert/strict';
// A word of degree inside a term of several words ("went very well", "ging heel goed") does not break it.
import { Matcher } from '../../../server/src/core/matcher';
import { tokenize } from '../../../server/src/core/words';
import type { Language } from '../../../server/src/core/types';
import { assertRuleLabels, ruleLabel } from '../../helpers';

const spans = (language: Language, term: string, text: string): string[] =>
  new Matcher(language, { strength: [term] }).find(tokenize(text, language)).map((hit) => `${hit.first}-${hit.last}`);

describe('words of degree inside a term', () => {
  it('let up to two stand between two words of a term, in either language', () => {
    assert.deepEqual(spans('en', 'went well', 'It went very well.'), ['1-3']);
    assert.deepEqual(spans('en', 'went well', 'It went really really well.'), ['1-4']);
    assert.deepEqual(spans('nl', 'ging goed', 'Het ging heel erg goed.'), ['1-4']);
    assert.deepEqual(spans('nl', 'ging goed', 'Het ging best goed.'), ['1-3']);
  });
  it('never stand across punctuation, nor three in a row, nor before the term', () => {
    assert.deepEqual(spans('en', 'went well', 'It went very, well, fine.'), []);
    assert.deepEqual(spans('en', 'went well', 'It went very very very well.'), []);
    assert.deepEqual(spans('en', 'went well', 'It very went well.'), ['2-3']);
  });
  it('are no other words: a negation still breaks the term', () => {
    assert.deepEqual(spans('en', 'went well', 'It went not so well.'), []);
  });
  it('give the sentence the term’s valence', () => {
    assertRuleLabels(['The presentation went very well.', 'Het gesprek ging heel goed.'], 'valence', 'strength');
    assert.equal(ruleLabel('He was nervous but it went very well and he got many compliments.').valence, 'strength');
  });
});
