// Considering a tool and staying with the coachee's story refrains (rule 29); an emphatic "did tell her to" is advice
// (rule 32); sessions that keep the coachee sane are praise of the coach (rule 34); idioms of being lost or overloaded
// are problems (rule 11); "Next one in a fortnight" is logistics (rule 6).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('the coach considering a tool and staying with the story', () => {
  it('refrains: no signal', () => {
    const dutch =
      'Ik heb even overwogen om het kernkwadrant erbij te pakken, maar ik heb het bij haar verhaal gehouden.';
    assert.deepEqual(ruleLabel(dutch).signals, []);
    assert.deepEqual(english('I considered getting out the values cards, but I stayed with her story.').signals, []);
  });
});

describe('everyday words for advice, praise and trouble', () => {
  it('reads an emphatic telling-to as advice', () => {
    assert.ok(english('I did tell her to stop checking her inbox after 9pm.').signals.includes('expert-role'));
  });

  it('reads sessions that keep her sane as praise of the coach', () => {
    assert.deepEqual(english('She says the sessions are the only thing keeping her sane.').signals, ['appreciation']);
  });

  it('reads idioms of being lost or overloaded as problems in both languages', () => {
    for (const labels of [
      ruleLabel('Marloes kwam binnen als een schip zonder roer.'),
      ruleLabel('Ze loopt al weken op haar tandvlees.'),
      english('Her manager keeps piling more onto her plate.'),
      english('He has been running on empty since the merger.'),
    ])
      assert.equal(labels.valence, 'weakness');
  });

  it('reads the next session in a fortnight as logistics', () => {
    const next = english('Next one in a fortnight, same time.');
    assert.equal(`${next.valence}/${next.focus}`, 'neutral/neutral');
  });
});

describe('what deters the coachee and the coach cheering her on', () => {
  it('are a problem and working hard, in both languages', () => {
    assert.equal(ruleLabel('Tegelijk schrikt het salaris hem af.').valence, 'weakness');
    assert.equal(english('At the same time the salary puts him off.').valence, 'weakness');
    assert.deepEqual(english('I noticed I was nodding a lot, almost cheering her on.').signals, ['working-hard']);
  });
});
