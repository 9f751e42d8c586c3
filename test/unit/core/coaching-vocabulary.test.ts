import assert from 'node:assert/strict';
// Words coaches use for what goes well and what does not: self-compassion, an eye-opener and ownership are strengths,
// doom-thinking, people-pleasing and standing at a crossroads are problems (rules 11, 12).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('the vocabulary of coaching', () => {
  it('reads self-compassion, an eye-opener and ownership as strengths, in both languages', () => {
    assertRuleLabels(
      [
        'She is learning self-compassion.',
        'The talk with his father was an eye-opener for him.',
        'Ze is mild voor zichzelf na een fout.',
        'De reactie van haar zoon was een eyeopener voor haar.',
        'Hij toont eigenaarschap over zijn planning.',
      ],
      'valence',
      'strength',
    );
  });
  it('reads doom-thinking, people-pleasing and a crossroads as problems', () => {
    assertRuleLabels(
      [
        'He goes straight to worst-case scenarios.',
        'She feels she is at a crossroads in her career.',
        'Hij schiet in doemdenken zodra er iets misgaat.',
        'Ze blijft pleasen in het team.',
        'Hij staat op een kruispunt.',
      ],
      'valence',
      'weakness',
    );
  });
  it('leaves a wish to be milder with herself a goal, not a strength she has', () => {
    assert.notEqual(ruleLabel('Ik gaf haar mee dat ze wat milder voor zichzelf mag zijn.').valence, 'strength');
  });
});
