import assert from 'node:assert/strict';
import en from '../../../server/src/lexicons/en/focus.json';

// English subject pronouns with every contraction they take: a form missing from its person's class
// makes "we'll look at it" nobody's sentence while "we will look at it" is shared (rule 18).
const contractions: Record<string, readonly string[]> = {
  i: ["'m", "'ve", "'d", "'ll"],
  you: ["'re", "'ve", "'d", "'ll"],
  he: ["'s", "'d", "'ll"],
  she: ["'s", "'d", "'ll"],
  we: ["'re", "'ve", "'d", "'ll"],
  they: ["'re", "'ve", "'d", "'ll"],
};

describe('the English focus lexicon’s pronouns', () => {
  const classes = Object.entries(en).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));
  const classOf = (word: string): string[] => classes.filter(([, words]) => words.includes(word)).map(([cls]) => cls);
  it('puts every contracted form in its pronoun’s class', () => {
    for (const [pronoun, endings] of Object.entries(contractions)) {
      const [cls] = classOf(pronoun);
      assert.ok(cls, `${pronoun} has a class`);
      for (const ending of endings) assert.deepEqual(classOf(pronoun + ending), [cls], `${pronoun}${ending}`);
    }
  });
});
