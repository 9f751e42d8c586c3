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

  it('reads overcoming, getting through and weathering a problem as coping, in both languages', () => {
    assertRuleLabels(
      [
        'She overcame her fear of speaking up.',
        'She pulled through a difficult month.',
        'He got through the crisis at work without calling in sick.',
        'Ze overwon haar angst om nee te zeggen.',
        'Hij kwam door de moeilijke periode heen.',
      ],
      'valence',
      'strength',
    );
  });

  it('gives a negation before the verb of coping to the coping, not to the problem it governs', () => {
    assertRuleLabels(
      [
        'She did not overcome her fear.',
        'She never overcame her fear of failure.',
        'Ze heeft haar angst niet overwonnen.',
      ],
      'valence',
      'weakness',
    );
  });

  it('reads a problem the coachee needs or ought to take on as one still to be dealt with (rule 13)', () => {
    assertRuleLabels(
      [
        'She needs to overcome her fear of conflict.',
        'He should address the conflict with his manager.',
        'She needs to tackle her procrastination.',
        'Ze moet haar uitstelgedrag aanpakken.',
        'Hij moet het conflict met zijn collega nog oplossen.',
      ],
      'valence',
      'weakness',
    );
  });
});
