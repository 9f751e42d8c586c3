// Being settled, clear on what one wants and coming in with a plan of one's own are strengths (rules 11, 13).
import { assertRuleLabels } from '../../helpers';

describe('settled, clear and prepared', () => {
  it('are strengths', () => {
    assertRuleLabels(
      [
        'Sounded much more settled than last month.',
        'Clear on what she wants from the next six months.',
        'Came in with a plan and had already spoken to HR.',
      ],
      'valence',
      'strength',
    );
  });
});
