// Dutch in the words of rules 30 and 31: the coach's evenings spent, silences filled and wondering what to do next;
// and idioms that borrow problem words: "de moeite waard" is no effort, "ervoor zorgen" no worry.
import assert from 'node:assert/strict';
import { ruleLabel } from '../../helpers';

describe('the coach working hard, in Dutch', () => {
  for (const text of [
    'Ik heb twee avonden besteed aan een persoonlijk werkboek voor haar.',
    'Ik vulde elke stilte zelf op.',
  ])
    it(text, () => assert.deepEqual(ruleLabel(text).signals, ['working-hard']));
});

describe('the coach deliberating, in Dutch', () => {
  it('is wondering what to do, not whether what was done helped', () => {
    assert.deepEqual(ruleLabel('Ik bleef me afvragen of ik directiever moest worden.').signals, ['intervention-focus']);
    assert.deepEqual(ruleLabel('Ik vraag me af of ik hem daarmee een dienst heb bewezen.').signals, []);
  });
});

describe('idioms that borrow problem words', () => {
  it('tell no problem', () => {
    assert.equal(ruleLabel('Ze vindt de nieuwe functie de moeite waard.').valence, 'neutral');
    assert.equal(ruleLabel('Het is mijn taak om ervoor te zorgen dat ze het assessment haalt.').valence, 'neutral');
  });
});
