import assert from 'node:assert/strict';
// A lexicon word matches other words by its Snowball stem only where they mean the same: "quite" is no "quit",
// "waren" no "waar", and "haar best" no salutation. What a response is to is
// its background: the manner of responding decides (rules 9, 11).
import { Matcher } from '../../../server/src/core/matcher';
import { tokenize } from '../../../server/src/core/words';
import { lexicon } from '../../../server/src/lexicons';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

/** The terms of a focus class the shipped lexicon finds in a Dutch sentence. */
const dutchFocus = (cls: string, text: string): string[] =>
  new Matcher('nl', { [cls]: lexicon('nl').focus[cls]! }).find(tokenize(text, 'nl')).map((hit) => hit.term);

describe('words that only share a stem', () => {
  it('reads "quite" as a degree, not as "quit" negating what follows', () => {
    assertRuleLabels(
      [inEnglish('She was quite nervous before the presentation.'), inEnglish('She felt quite lonely.')],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel('He is quite confident now.').valence, 'strength');
    assert.deepEqual(ruleLabel('After the session I was quite tired.').signals, ['working-hard']);
  });
  it('reads a note that shares what the coachee told as hers, the coach’s "Shared …" as the coach’s', () => {
    assert.equal(ruleLabel('Shares a lot about her childhood.').focus, 'coachee');
    assert.equal(ruleLabel('Shared my impression of the meeting.').focus, 'coach');
  });
});

describe('Dutch words that only share a stem', () => {
  it('finds no "waar" in "waren", no salutation in "haar best"', () => {
    assert.deepEqual(dutchFocus('subordinator', 'Haar collega’s waren erg kritisch.'), []);
    assert.deepEqual(dutchFocus('subordinator', 'Ze weet niet waar ze moet beginnen.'), ['waar']);
    assert.deepEqual(dutchFocus('salutation', 'Ze deed haar best.'), []);
    assert.deepEqual(dutchFocus('salutation', 'Beste Sanne,'), ['beste']);
  });
});

describe('a response and what it is to', () => {
  it('lets the manner of responding decide, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('She notices that she responds more calmly to criticism.'),
        'Ze reageert inmiddels rustig op kritiek.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [
        inEnglish('She responds badly to criticism.'),
        inEnglish('He reacted angrily to the feedback.'),
        'Hij reageerde boos op de feedback.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('what a fear is of', () => {
  it('lets the fear decide, not the mistakes it is of, in both languages', () => {
    assertRuleLabels(
      ['Ze is niet meer bang om fouten te maken.', inEnglish('She is no longer afraid to make mistakes.')],
      'valence',
      'strength',
    );
    assertRuleLabels(
      ['Ze is bang om fouten te maken.', inEnglish('She is afraid to speak up.')],
      'valence',
      'weakness',
    );
  });
});
