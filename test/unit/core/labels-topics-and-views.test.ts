// A line labelled as a learning point or the coachee's question is one, whatever its topic (rule 13); a quality that is
// the subject of something read or attended is a topic (rule 8); "coaching" is the work, not the coach, and the
// coach's own view on coaching tells no strength or problem (rules 4, 8).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a labelled learning point or question', () => {
  it('is a problem, whatever its topic, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('Learning point: giving feedback without apologising.'),
        inEnglish('Pitfall: saying yes to everything.'),
        inEnglish('Coaching question: how can she say no without feeling guilty?'),
        'Hulpvraag: hoe kan ze nee zeggen zonder zich schuldig te voelen?',
      ],
      'valence',
      'weakness',
    );
  });
  it('is the coachee’s question, not the coach’s', () => {
    assert.equal(
      ruleLabel(inEnglish('Coaching question: how can she say no without feeling guilty?')).focus,
      'coachee',
    );
  });
  it('leaves labels of background and what went well alone', () => {
    assert.equal(ruleLabel(inEnglish('Background: she works at a hospital.')).valence, 'neutral');
    assert.equal(ruleLabel(inEnglish('What went well: she said no twice.')).valence, 'strength');
  });
});

describe('a topic of something read or attended', () => {
  it('is no one’s strength or problem', () => {
    assertRuleLabels(
      [inEnglish('She read an article about resilience.'), 'Ze las een artikel over veerkracht.'],
      'valence',
      'neutral',
    );
  });
});

describe('the coach’s view on coaching', () => {
  it('tells no strength or problem, and keeps its signal', () => {
    const label = ruleLabel(inEnglish('Good coaching is mostly listening, and I was mostly planning.'));
    assert.equal(label.valence, 'neutral');
    assert.deepEqual(label.signals, ['intervention-focus']);
  });
});
