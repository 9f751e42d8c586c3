import assert from 'node:assert/strict';
// Letting others down, doubting every step, being one's own harshest critic are problems; standing one's ground and
// pulling through are strengths; a coach reassuring or encouraging again and again is working hard (rule table).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('letting others down', () => {
  it('reads letting others down or dropping the ball as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'She feels she let the whole team down.',
        'He is afraid of letting his family down.',
        'She dropped the ball on the budget.',
        'Ze liet de bal vallen bij de planning.',
        'Hij heeft steken laten vallen in het project.',
        'Ze liet haar collega in de steek.',
        'Hij voelde zich in de steek gelaten door zijn leidinggevende.',
        'She felt let down by her manager.',
      ],
      'valence',
      'weakness',
    );
  });
  it('reads letting someone calm down as no failure', () => {
    assert.notEqual(ruleLabel('I let her calm down first.').valence, 'weakness');
  });
});

describe('doubt and the inner critic', () => {
  it('reads second-guessing and being her own worst critic as a problem', () => {
    assertRuleLabels(
      [
        'She second-guesses every email she sends.',
        'He keeps second-guessing his decisions.',
        'She is her own worst critic.',
        'Ze is haar eigen strengste criticus.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('standing firm and pulling through', () => {
  it('reads standing her ground and coming through as a strength, in both languages', () => {
    assertRuleLabels(
      [
        'She stood her ground in the meeting with the director.',
        'He stuck to his guns when the plan was questioned.',
        'She pulled through a difficult month.',
        'He pulled himself together after the setback.',
        'Ze hield voet bij stuk tegenover haar manager.',
        'Hij bleef bij zijn standpunt in het overleg.',
        'Ze stond haar mannetje in het teamoverleg.',
        'Hij herpakte zich na de tegenslag.',
        'Ze sloeg zich erdoorheen.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('the coach reassuring and encouraging again and again', () => {
  it('marks working hard for the coach, not for the coachee', () => {
    for (const text of [
      'I kept reassuring her that she was ready.',
      'I kept offering reframes.',
      'I kept suggesting other options.',
      'Ik bleef haar maar geruststellen.',
      'Ik bleef hem aanmoedigen om het toch te proberen.',
      'Ik blijf hem maar motiveren.',
    ])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
    for (const text of ['She kept encouraging her team.', 'Ze bleef haar collega aanmoedigen.'])
      assert.ok(!ruleLabel(text).signals.includes('working-hard'), text);
  });
});
