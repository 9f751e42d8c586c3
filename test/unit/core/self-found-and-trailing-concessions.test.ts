// A problem recognised is a problem, also when self-found (rule 12); how the action goes is no part of the time
// before it; a concession after its main clause holds everything after it (rule 9); organisational setbacks and
// saying yes while meaning no are problems; beginning with a story is no initiative.
import * as assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('a problem found by the coachee herself', () => {
  it('is the problem, the self-found frame part of the insight', () => {
    assertRuleLabels(
      ['Zelf ontdekt: ze begint na de pauze zonder duidelijke start, leerlingen druppelen binnen'],
      'valence',
      'weakness',
    );
  });

  it('leaves a resource she found herself a strength', () => {
    assertRuleLabels(
      ['Ze ontdekte zelf dat ze haar ervaring kan inzetten.', 'Ze heeft het zelf ontdekt.'],
      'valence',
      'strength',
    );
  });
});

describe('a concession after its main clause', () => {
  it('holds every clause after it, the main clause deciding', () => {
    assert.equal(
      english(
        "I never asked what she was already doing that kept her afloat, even though she'd mentioned, almost in passing, that she had been through a whole layoff.",
      ).valence,
      'strength',
    );
  });

  it('before its main clause, leaves that clause to decide', () => {
    assert.equal(english('Although she says that she is exhausted, she finished the project.').valence, 'strength');
  });
});

describe('setbacks at work and a yes that means no', () => {
  it('are problems', () => {
    assert.equal(english('His director had cut two posts from his team without consulting him.').valence, 'weakness');
    assertRuleLabels(
      [
        'Bram neemt beslissingen over haar cliënten zonder overleg.',
        'Letten op het moment waarop je "ja" zegt terwijl je "nee" bedoelt',
      ],
      'valence',
      'weakness',
    );
    assert.equal(english('She says yes when she means no.').valence, 'weakness');
  });

  it('beginning with a story is none', () => {
    assertRuleLabels(['Je begon met het verhaal over de reorganisatie.'], 'valence', 'neutral');
  });
});
