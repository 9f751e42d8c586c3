import assert from 'node:assert/strict';
import { Matcher } from '../../../server/src/core/matcher';
import { tokenize } from '../../../server/src/core/words';
import { ruleLabel } from '../../helpers';

// A report addressed to the coachee says "je trekt je terug", "je wilt", "you blame yourself": the lexicons'
// third-person terms must hear it (rule 18: "je"/"you" is the coachee there).
describe('the forms of a report addressed to the coachee', () => {
  const terms = (language: 'nl' | 'en', term: string, text: string): string[] =>
    new Matcher(language, { weakness: [term] }).find(tokenize(text, language)).map((hit) => hit.term);

  it('matches a term written with the third-person reflexive or verb form', () => {
    assert.deepEqual(terms('nl', 'trekt zich terug', 'Je trekt je terug in overleggen.'), ['trekt zich terug']);
    assert.deepEqual(terms('nl', 'zich terugtrekt', 'Je merkt dat je je terugtrekt.'), ['zich terugtrekt']);
    assert.deepEqual(terms('nl', 'wil uitzoeken', 'Je wilt uitzoeken of je kunt blijven.'), ['wil uitzoeken']);
    assert.deepEqual(terms('nl', 'is onzeker', 'Je bent onzeker over je presentatie.'), ['is onzeker']);
    assert.deepEqual(terms('en', 'blames herself', 'You blame yourself for it.'), ['blames herself']);
    assert.deepEqual(terms('nl', 'trekt zich terug', 'Ze trekt zich terug.'), ['trekt zich terug']);
  });

  it('does not let another pronoun stand for the reflexive, nor a plural verb for the singular', () => {
    assert.deepEqual(terms('nl', 'trekt zich terug', 'Ze trekt haar terug.'), []);
    assert.deepEqual(terms('en', 'blames herself', 'She blames her.'), []);
    // English "are" is also "they are": "the two vacancies are simply more urgent" is no "is simply".
    assert.deepEqual(terms('en', 'is simply', 'The two vacancies are simply more urgent.'), []);
  });

  it('gives an addressed report the labels of one in the third person', () => {
    assert.equal(ruleLabel('Je merkt dat je je terugtrekt in overleggen.').valence, 'weakness');
    assert.equal(ruleLabel('Je meldde je ziek op maandag.').valence, 'weakness');
    assert.equal(ruleLabel('Je wilt het over je rijbewijs hebben.').valence, 'weakness');
  });
});
