// A lexicon term keeps a clitic's apostrophe, as the tokenizer does, so "'s avonds" in a term finds "'s avonds".
import assert from 'node:assert/strict';
import { parseTerm } from '../../../server/src/core/term-parts';
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('a clitic in a lexicon term', () => {
  it('is a word of its own with its apostrophe', () => {
    assert.deepEqual(
      parseTerm("schakelt 's avonds uit", 'nl').map((part) => part.norm),
      ['schakelt', "'s", 'avonds', 'uit'],
    );
  });
  it('so that Dutch terms with "’s avonds" match their sentences', () => {
    assertRuleLabels(['Ze schakelt ’s avonds uit.'], 'valence', 'strength');
    assertRuleLabels(['Ze leest ’s avonds haar mail.'], 'valence', 'weakness');
  });
});

describe('difficult feedback given by the coachee', () => {
  it('is strength', () => {
    assertRuleLabels([inEnglish('She gave a colleague difficult feedback for the first time.')], 'valence', 'strength');
  });
});
