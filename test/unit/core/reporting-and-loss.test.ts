import assert from 'node:assert/strict';
// Reporting verbs, words of loss and the Dutch "je" as object: mechanisms of rules 7, 8 and 10.
import { ruleLabel } from '../../helpers';

const valence = (sentence: string): string => ruleLabel(sentence).valence;

describe('reporting, loss and "je" as object', () => {
  it('reads "gaf aan dat" as reporting what was said, and speaking up to someone as the coachee’s doing', () => {
    assert.equal(valence('Hij gaf aan dat hij morgen belt.'), 'neutral');
    assert.equal(valence('De heer Bakker gaf aan dat hij het vertrouwen in zijn leidinggevende kwijt is.'), 'weakness');
    assert.equal(valence('Ze gaf bij haar leidinggevende aan dat ze minder uren wil werken.'), 'strength');
    // A boundary named is still hers.
    assert.equal(valence('Ze heeft haar grens aangegeven.'), 'strength');
  });
  it('reads losing a quality as a problem and losing a problem as progress, the word of loss counting through them', () => {
    assert.equal(valence('Hij raakte zijn zelfvertrouwen kwijt na de reorganisatie.'), 'weakness');
    assert.equal(valence('Ze is haar angst voor presentaties kwijt.'), 'strength');
    assert.equal(valence('Hij is zijn baan kwijt.'), 'weakness');
    // Not wanting to lose something is no loss.
    assert.equal(valence('"Ik wil die plek niet kwijt," zei ze.'), 'strength');
  });
  it('reads "je" before a degree word as the object: the coach’s own act stays neutral (rule 8)', () => {
    const sentence = 'Misschien heb ik je te weinig ruimte gegeven om zelf na te denken.';
    assert.equal(valence(sentence), 'neutral');
  });
});
