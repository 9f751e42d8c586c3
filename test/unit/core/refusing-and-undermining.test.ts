import assert from 'node:assert/strict';
// Refusing to do something negates it; undermining or sabotaging one's own quality turns it, as lacking does, and
// never the words before it; effort put in is a strength and none put in a problem; a coachee called not coachable,
// or a wall to get through, is resistance framed as a blockage (rule 35).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('refusing, undermining and effort', () => {
  it('reads refusing to do a step as a step not taken, and refusing to give up as persisting', () => {
    assert.equal(ruleLabel('She refuses to do the homework.').valence, 'weakness');
    assert.equal(ruleLabel('She refused to give up.').valence, 'strength');
  });
  it('reads sabotaging or undermining one’s own quality as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'He keeps sabotaging his own progress.',
        'He undermines his own confidence.',
        'Hij saboteert zijn eigen voortgang.',
        'Ze ondermijnt haar eigen zelfvertrouwen.',
        'Betrokkene houdt de boot af en saboteert hiermee feitelijk zijn eigen herplaatsing.',
      ],
      'valence',
      'weakness',
    );
  });
  it('reads effort put in as a strength and none as a problem', () => {
    assert.equal(ruleLabel('Hij steekt er veel moeite in.').valence, 'strength');
    assert.equal(ruleLabel('Hij wil er geen moeite in steken.').valence, 'weakness');
  });
});

describe('resistance framed as a blockage', () => {
  it('marks a coachee called not coachable, or a wall to get through, in both languages', () => {
    for (const text of [
      'Honestly, he is not coachable.',
      'Eerlijk gezegd is hij niet coachbaar.',
      'There is a wall there that I need to get through.',
      'Er zit een muur waar ik doorheen moet.',
    ])
      assert.ok(ruleLabel(text).signals.includes('resistance-framing'), text);
    assert.equal(ruleLabel('She is very coachable.').valence, 'strength');
  });
});
