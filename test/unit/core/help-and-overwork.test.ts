import assert from 'node:assert/strict';
import { assertRuleLabels, ruleLabel } from '../../helpers';

// Help the coachee got is support (rule 17); working late is a problem of hers; a smoother run is progress.
describe('help, overwork and a smoother run', () => {
  it('reads help the coachee got as strength, and help never got as a problem', () => {
    assertRuleLabels(
      [
        'She got help from her colleague with the planning.',
        'Vorig jaar heeft ze het een keer gezegd en toen kreeg ze hulp.',
      ],
      'valence',
      'strength',
    );
    assert.equal(ruleLabel('She never got help from her manager.').valence, 'weakness');
  });

  it('reads the coachee working late as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'Ze heeft weer tot laat zitten werken.',
        'Ze heeft vorige week elke dag overgewerkt.',
        'She worked overtime every evening last week.',
      ],
      'valence',
      'weakness',
    );
  });

  it('reads a smoother run as progress', () => {
    assertRuleLabels(
      ['The team said the month-end close went smoother than ever.', 'Het overleg verliep soepeler dan vorige maand.'],
      'valence',
      'strength',
    );
  });
});
