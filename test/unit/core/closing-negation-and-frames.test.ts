import assert from 'node:assert/strict';
// Dutch "niet" before the closing verbs of its clause, "zijn" after "heeft", an opinion frame closing the sentence,
// and the coach listing strategies (rules 10, 19, 23, 32, 33).
import { ruleLabel } from '../../helpers';

describe('"niet" before the closing verbs', () => {
  it('negates the verb of its clause however far back it stands', () => {
    assert.equal(ruleLabel('Hij durft in het werkoverleg zijn mond niet open te doen.').valence, 'weakness');
  });
  it('leaves "zonder", which only looks ahead, to what follows it', () => {
    assert.equal(ruleLabel('Dat besluit nam ze zonder dat ik er iets over zei.').valence, 'strength');
  });
});

describe('"zijn" after a form of "hebben" in its clause', () => {
  it('is his, not a passive auxiliary that makes the participle the coach’s', () => {
    assert.equal(ruleLabel('Vorige week heeft hij in een klein overleg wel zijn mening gegeven.').focus, 'coachee');
  });
  it('leaves a passive without "hebben" the coach’s', () => {
    assert.equal(ruleLabel('Daarna zijn de voordelen nog een keer uitgelegd.').focus, 'coach');
  });
});

describe('an opinion frame closing the sentence', () => {
  it('makes what it frames about the coachee an interpretation', () => {
    assert.ok(
      ruleLabel('Hij wil eigenlijk helemaal niet veranderen, denk ik.').signals.includes('ungrounded-interpretation'),
    );
    assert.ok(ruleLabel("He doesn't really want to change, I think.").signals.includes('ungrounded-interpretation'));
  });
  it('is no interpretation when what it frames is not the coachee, nor thinking of someone', () => {
    assert.deepEqual(ruleLabel('Het was een goede sessie, denk ik.').signals, []);
    assert.deepEqual(ruleLabel('Dan denk ik aan haar moeder.').signals, []);
  });
});

describe('the coach listing strategies', () => {
  it('is the expert role, in both languages', () => {
    assert.ok(ruleLabel('I caught myself listing strategies for him.').signals.includes('expert-role'));
    assert.ok(ruleLabel('Ik somde allerlei strategieën voor hem op.').signals.includes('expert-role'));
  });
  it('is not the coachee listing options for her team', () => {
    assert.ok(!ruleLabel('She listed three options for her team.').signals.includes('expert-role'));
  });
});
