import assert from 'node:assert/strict';
// Advice in the words of a best option is expert-role (rule 32), pressing until the coachee agrees is working hard
// (rule 30), and "I will have let her down" judges the coach by the result (rule 36), no plan of an intervention (31).
import { ruleLabel } from '../../helpers';

const signals = (sentence: string): string[] => ruleLabel(sentence).signals;

describe('advice told as the best option', () => {
  it('is expert-role, and without a ground an interpretation, in both languages', () => {
    for (const sentence of [
      'I told him the best thing would be to hand in his notice.',
      'Ik heb hem gezegd dat hij het beste ontslag kan nemen.',
    ]) {
      assert.ok(signals(sentence).includes('expert-role'), sentence);
      assert.ok(signals(sentence).includes('ungrounded-interpretation'), sentence);
    }
  });
  it('is none where the coachee weighs her own best option', () => {
    assert.deepEqual(signals('She thinks the best thing would be to wait.'), []);
    assert.deepEqual(signals('Ze denkt dat ze het beste kan wachten.'), []);
  });
});

describe('pressing until the coachee agrees', () => {
  it('is working hard for the coach, not for the coachee', () => {
    assert.ok(signals('I kept going back to the same point until she agreed with me.').includes('working-hard'));
    assert.ok(signals('Ik bleef op hetzelfde punt terugkomen tot ze het met me eens was.').includes('working-hard'));
    assert.deepEqual(signals('She kept going back to the same point.'), []);
  });
});

describe('a future perfect after the coachee’s condition', () => {
  it('judges the coach by the result, and plans no intervention', () => {
    assert.deepEqual(signals('If she fails the assessment, I will have let her down.'), ['outcome-responsibility']);
    assert.deepEqual(signals('If he turns up without the forecast, I’ll go through it with him.'), [
      'intervention-focus',
    ]);
  });
});

describe('the coach’s own hour', () => {
  it('is working hard when the coach talked most of it or pushed, not when the coach spent it doubting', () => {
    assert.deepEqual(signals('I spent most of the session wondering whether to bring up her drinking.'), [
      'intervention-focus',
    ]);
    assert.deepEqual(signals('I talked for most of the session.'), ['working-hard']);
    assert.deepEqual(signals('Ik merkte dat ik haar richting een besluit duwde.'), ['working-hard']);
  });
  it('is expert-role when the coach gave suggestions, in Dutch too', () => {
    assert.ok(signals('Achteraf gezien heb ik haar veel te veel suggesties gegeven.').includes('expert-role'));
  });
});

describe('asking the coach to review, and the coach on call', () => {
  it('is expert-role, in both languages (rule 32)', () => {
    assert.ok(signals('He wanted me to look over his CV before he sent it.').includes('expert-role'));
    assert.ok(signals('Hij wilde dat ik zijn cv nakeek voordat hij het verstuurde.').includes('expert-role'));
    assert.equal(ruleLabel('Hij wilde dat ik zijn cv nakeek voordat hij het verstuurde.').valence, 'weakness');
    assert.ok(signals('Ik zei dat ze me voor het gesprek altijd mocht bellen.').includes('expert-role'));
    assert.deepEqual(signals('Ze mag haar manager altijd bellen.'), []);
  });
});
