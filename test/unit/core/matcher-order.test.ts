import assert from 'node:assert/strict';
import { Matcher } from '../../../server/src/core/matcher';
import { tokenize } from '../../../server/src/core/words';

// The matcher files a word's two-word terms under their second word; what it finds must not change by that.
describe('terms filed under their second word', () => {
  const found = (classes: Record<string, string[]>, text: string): string[] =>
    new Matcher('nl', classes).find(tokenize(text, 'nl')).map((hit) => `${hit.term}@${hit.first}-${hit.last}`);

  it('keeps hits of the same span in the order of the lexicon, whichever way each entry was found', () => {
    const classes = { a: ['zij durft'], b: ['zij'], c: ['zij durf*'], d: ['zij ... vraagt'] };
    assert.deepEqual(found(classes, 'Zij durft het te vragen.'), ['zij durft@0-1', 'zij durf*@0-1', 'zij@0-0']);
    const reversed = { c: ['zij durf*'], b: ['zij'], a: ['zij durft'] };
    assert.deepEqual(found(reversed, 'Zij durft het.'), ['zij durf*@0-1', 'zij durft@0-1', 'zij@0-0']);
  });

  it('finds a second word by its form, its stem or its addressed form, and a gap term past other words', () => {
    assert.deepEqual(found({ a: ['hard werk'] }, 'Hard werken helpt.'), ['hard werk@0-1']);
    assert.deepEqual(found({ a: ['trekt zich terug'] }, 'Je trekt je terug.'), ['trekt zich terug@1-3']);
    assert.deepEqual(found({ a: ['zij ... vraagt'] }, 'Zij durft het te vragen en vraagt het.'), [
      'zij ... vraagt@0-6',
    ]);
    assert.deepEqual(found({ a: ['zij durft'] }, 'Zij twijfelt.'), []);
    assert.deepEqual(found({ a: ['zij durft'] }, 'Zij'), []);
  });
});
