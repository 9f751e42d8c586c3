import assert from 'node:assert/strict';
import { assertRuleLabels, ruleAnalyze, ruleLabel } from '../../helpers';

// A problem the coachee takes on is told for how she dealt with it (rule 9): strength, in both languages.
describe('a problem the coachee takes on', () => {
  it('is strength: the verb of coping turns the problem it governs', () => {
    assertRuleLabels(
      [
        'She tackled the conflict head-on.',
        'She addressed the conflict with her manager.',
        'She raised the problem with her manager.',
        'She resolved the tension with her co-founder.',
        'Ze heeft het conflict met haar collega aangekaart.',
        'Deze week heeft hij zijn uitstelgedrag aangepakt.',
      ],
      'valence',
      'strength',
    );
    assert.deepEqual(ruleAnalyze('She raised the problem with her manager.').sentences[0]!.why.valence.words, [
      'raised … problem',
    ]);
  });

  it('leaves the problem standing where the coping is negated, the coach’s, or only wished for', () => {
    assert.equal(ruleLabel('She still hasn’t addressed the conflict.').valence, 'weakness');
    assert.equal(ruleLabel('I addressed her fear of failure.').valence, 'weakness');
    assert.equal(
      ruleLabel('Ik moet ervoor zorgen dat dit conflict voor de paasvakantie opgelost is.').valence,
      'weakness',
    );
  });
});
