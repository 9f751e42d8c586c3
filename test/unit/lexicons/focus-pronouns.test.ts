import assert from 'node:assert/strict';
import en from '../../../server/src/lexicons/en/focus.json';
import nl from '../../../server/src/lexicons/nl/focus.json';

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

// The classes that name who acts; a speaker's label ("Ik:", "Coach:") is another matter.
const persons = new Set(['coach', 'coach-object', 'coachee', 'addressee', 'shared', 'possessive-coachee']);
const personClasses = (lexicon: object): [string, string[]][] =>
  Object.entries(lexicon).filter(
    (entry): entry is [string, string[]] => persons.has(entry[0]) && Array.isArray(entry[1]),
  );

describe('the focus lexicons’ pronouns', () => {
  const classes = personClasses(en);
  const classOf = (word: string): string[] => classes.filter(([, words]) => words.includes(word)).map(([cls]) => cls);
  it('puts every English contracted form in its pronoun’s class', () => {
    for (const [pronoun, endings] of Object.entries(contractions)) {
      const [cls] = classOf(pronoun);
      assert.ok(cls, `${pronoun} has a class`);
      for (const ending of endings) assert.deepEqual(classOf(pronoun + ending), [cls], `${pronoun}${ending}`);
    }
  });
  it('names the coach, the addressee and the shared "we" in Dutch in every form: subject, possessive, reflexive', () => {
    const nlClasses = personClasses(nl);
    const nlClassOf = (word: string): string[] =>
      nlClasses.filter(([, words]) => words.includes(word)).map(([cls]) => cls);
    const forms: Record<string, readonly string[]> = {
      coach: ['ik', 'mijn', 'mezelf', 'mijzelf'],
      addressee: ['je', 'jij', 'jou', 'jouw', 'jezelf', 'u', 'uw', 'uzelf'],
      shared: ['we', 'wij', 'ons', 'onze', 'onszelf'],
    };
    for (const [cls, words] of Object.entries(forms))
      for (const word of words) assert.deepEqual(nlClassOf(word), [cls], word);
  });
});
