import assert from 'node:assert/strict';
// English loanwords in Dutch reports, doing everything oneself, what one "should be over", hedged readings of the
// coachee and a note's arrow from observation to reading (rules 10, 32, 33).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('English loanwords in a Dutch report', () => {
  it('reads overthinking and procrastinating as a problem, feeling in control as a strength', () => {
    assertRuleLabels(['Dan gaat ze overthinken en procrastineren.'], 'valence', 'weakness');
    assertRuleLabels(
      ['Ze voelt zich meer in control.', 'Hij heeft meer grip op zijn planning.'],
      'valence',
      'strength',
    );
  });
  it('reads the coach in fixer mode as the expert role', () => {
    assert.ok(ruleLabel('Ik merkte dat ik in de fixer-modus schoot.').signals.includes('expert-role'));
  });
});

describe('doing everything oneself and what one should be over', () => {
  it('reads them as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'She said she would rather do it herself than explain it.',
        'Hij doet het liever zelf dan dat hij het uitlegt.',
        'She mentioned twice that she "should be over it by now".',
        'Ze moet van zichzelf altijd klaarstaan.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a hedged reading of the coachee', () => {
  it('is an interpretation without grounds', () => {
    assert.ok(
      ruleLabel('Perhaps there is some grief there for the old team.').signals.includes('ungrounded-interpretation'),
    );
    assert.ok(
      ruleLabel('Het zou kunnen dat ze zich buitengesloten voelt.').signals.includes('ungrounded-interpretation'),
    );
  });
  it('is grounded after a note’s arrow from what was seen', () => {
    assert.deepEqual(ruleLabel('She apologised four times → a classic people pleaser.').signals, []);
    assert.ok(!ruleLabel('Vertelt lachend over de ellende → faalangst.').signals.includes('ungrounded-interpretation'));
  });
  it('ends a clause at the arrow, so that a negation after it turns nothing before it', () => {
    assert.equal(ruleLabel('Komt te laat → geen commitment.').valence, 'weakness');
    assert.equal(ruleLabel('Komt te laat => geen commitment.').valence, 'weakness');
  });
});
