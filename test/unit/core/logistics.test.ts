import assert from 'node:assert/strict';
import { label, ruleLabel } from '../../helpers';

describe('neutral by kind: sign-offs and logistics (rule 6)', () => {
  it('reads a sign-off followed by a name as neutral, without signals, in both languages', () => {
    for (const text of [
      'Warm regards, Raghav Iyer',
      'Met vriendelijke groet, Marieke de Vries',
      'Best regards, Claire',
      'Hartelijke groeten, Jan',
    ]) {
      for (const of of [ruleLabel, label])
        assert.deepEqual(of(text), { valence: 'neutral', focus: 'neutral', signals: [] }, text);
    }
  });

  it('reads a line of logistics as neutral, whatever its grammar', () => {
    const lines = [
      'Volgende sessie over drie weken, online.',
      'De volgende afspraak staat op 12 maart om 10.00 uur.',
      'Next session rescheduled to Tuesday 4 March.',
      'Next session on 20 September at the Hosur plant.',
      'Eerstvolgende sessie op 14 mei in Utrecht.',
    ];
    for (const text of lines) {
      const labelled = ruleLabel(text);
      assert.deepEqual([labelled.valence, labelled.focus, labelled.signals], ['neutral', 'neutral', []], text);
    }
  });

  it('leaves a session line alone that names who acts or what is at stake', () => {
    assert.equal(ruleLabel('In the next session I will explain the model.').focus, 'coach');
    assert.deepEqual(ruleLabel('Next session she wants to talk about her fear of failing.'), {
      valence: 'weakness',
      focus: 'coachee',
      signals: [],
    });
    assert.equal(ruleLabel('Volgende sessie wil ze oefenen met nee zeggen, daar is ze trots op.').valence, 'strength');
    // A greeting word inside a sentence is no sign-off.
    assert.equal(ruleLabel('She thanked her manager and asked for two days off.').focus, 'coachee');
  });

  it('reads a session line as an agreed step of the person it names as acting, not as logistics', () => {
    const named = { coacheeNames: ['Marcus', 'Koen'] };
    for (const text of [
      'Marcus schedules the conversation before 21 June.',
      'Koen plant het gesprek met zijn teamleider voor vrijdag 17 mei.',
    ])
      assert.equal(ruleLabel(text, named).focus, 'coachee', text);
    // Named only as whom the session is with, or set off by a comma: still logistics.
    for (const text of ['Next session with Marcus on 20 June.', 'Koen, derde gesprek op 17 mei.'])
      assert.deepEqual(ruleLabel(text, named), { valence: 'neutral', focus: 'neutral', signals: [] }, text);
  });
});
