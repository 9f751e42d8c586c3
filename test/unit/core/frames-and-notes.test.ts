import assert from 'node:assert/strict';
// Impersonal frames (rule 19), a note that leaves the coach out (rule 25), "zijn" after a preposition (rule 23).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('impersonal frames', () => {
  it('hand an evaluation like "positief is dat" on to whom it introduces, in both languages', () => {
    assertRuleLabels(
      [
        'Positief is dat betrokkene het tweede gesprek met zijn oud-collega wel heeft gevoerd.',
        'The good news is that she called her manager herself.',
      ],
      'focus',
      'coachee',
    );
  });
  it('read an impression with no one to hold it ("het beeld bestaat dat") as the coach’s', () => {
    assertRuleLabels(
      [
        'Het beeld bestaat dat betrokkene onvoldoende weerbaar is en conflicten uit de weg gaat.',
        'The impression is that he avoids conflict.',
      ],
      'focus',
      'coach',
    );
  });
});

describe('a note that leaves the coach out', () => {
  it('is the coachee’s doing, in both languages', () => {
    assertRuleLabels(
      [
        'Aanmelding ingestuurd: gesprek met opleidingsadviseur zelf voorbereid en gevoerd, zonder mij.',
        'Prepared and held the talk with her manager herself, without me.',
      ],
      'focus',
      'coachee',
    );
    // With a subject of its own, the subject decides.
    assert.equal(ruleLabel('Zonder mij had ik het niet geweten.').focus, 'coach');
  });
});

describe('"zijn" after a preposition', () => {
  it('is his, not the auxiliary of a passive', () => {
    assert.equal(ruleLabel('Hij heeft het gesprek met zijn leidinggevende zelf gevoerd.').focus, 'coachee');
  });
});
