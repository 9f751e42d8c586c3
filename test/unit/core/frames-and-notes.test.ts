import assert from 'node:assert/strict';
// Impersonal frames (rule 19), a note that leaves the coach out (rule 25), "zijn" after a preposition (rule 23).
import { ruleLabel } from '../../helpers';

describe('impersonal frames', () => {
  it('hand an evaluation like "positief is dat" on to whom it introduces, in both languages', () => {
    for (const text of [
      'Positief is dat betrokkene het tweede gesprek met zijn oud-collega wel heeft gevoerd.',
      'The good news is that she called her manager herself.',
    ])
      assert.equal(ruleLabel(text).focus, 'coachee', text);
  });
  it('read an impression with no one to hold it ("het beeld bestaat dat") as the coach’s', () => {
    for (const text of [
      'Het beeld bestaat dat betrokkene onvoldoende weerbaar is en conflicten uit de weg gaat.',
      'The impression is that he avoids conflict.',
    ])
      assert.equal(ruleLabel(text).focus, 'coach', text);
  });
});

describe('a note that leaves the coach out', () => {
  it('is the coachee’s doing, in both languages', () => {
    for (const text of [
      'Aanmelding ingestuurd: gesprek met opleidingsadviseur zelf voorbereid en gevoerd, zonder mij.',
      'Prepared and held the talk with her manager herself, without me.',
    ])
      assert.equal(ruleLabel(text).focus, 'coachee', text);
    // With a subject of its own, the subject decides.
    assert.equal(ruleLabel('Zonder mij had ik het niet geweten.').focus, 'coach');
  });
});

describe('"zijn" after a preposition', () => {
  it('is his, not the auxiliary of a passive', () => {
    assert.equal(ruleLabel('Hij heeft het gesprek met zijn leidinggevende zelf gevoerd.').focus, 'coachee');
  });
});
