// A word of state that is also a noun names no state ("Session content:", "a patient at the clinic"); a noun
// followed by an auxiliary opens no imperative ("Sleep has improved"); what is resisted is no strength (rule 11); a
// sentence labelled as the coach's assessment is an interpretation (rule 33); a result is "on me" only after a copula,
// and an answer is the coach's only when given (rules 32, 36).
import * as assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('a word of state that is also a noun', () => {
  it('names a thing after a determiner or a noun, before a break or a word that follows nouns', () => {
    for (const text of [
      'Session content: The session focused on mapping current demands.',
      'The content of the training was new to her.',
      'He is a patient at the clinic.',
      'The team is composed of five nurses.',
    ])
      assert.equal(english(text).valence, 'neutral', text);
    assertRuleLabels(['We hebben de content van de cursus doorgenomen.'], 'valence', 'neutral');
  });

  it('is the state after a link, a degree or a coordinator', () => {
    for (const text of ['She felt content.', 'She is content with the result.', 'He stayed calm and composed.'])
      assert.equal(english(text).valence, 'strength', text);
    assertRuleLabels(['Ze is heel content met haar nieuwe rooster.'], 'valence', 'strength');
  });
});

describe('a noun before an auxiliary at the start', () => {
  it('is the subject, no imperative', () => {
    const sleep = english('Sleep has improved since she returned part-time.');
    assert.deepEqual([sleep.valence, sleep.focus], ['strength', 'coachee']);
    assert.equal(english('Work has become a source of stress.').focus, 'coachee');
  });

  it('leaves a plain imperative to the coach', () => {
    assert.equal(english('Plan two hours of writing every morning.').focus, 'coach');
  });
});

describe('what a word of resistance or reluctance takes', () => {
  it('is no strength of the coachee’s: the resistance decides', () => {
    assert.equal(
      english('There is some resistance to the idea of delegating, which will need to be worked through.').valence,
      'weakness',
    );
    assert.equal(english('She is reluctant to ask for help.').valence, 'weakness');
    assertRuleLabels(
      ['Er is duidelijk tegenzin om taken over te dragen.', 'Hij voelt weerstand tegen delegeren.'],
      'valence',
      'weakness',
    );
  });

  it('leaves resisting pressure a strength', () => {
    assert.equal(english('She resisted the pressure and kept her weekends free.').valence, 'strength');
  });
});

describe('a sentence labelled as the coach’s assessment', () => {
  it('is an interpretation: without a ground it is ungrounded', () => {
    assert.deepEqual(english('Coach’s assessment: C. is highly conscientious.').signals, ['ungrounded-interpretation']);
    assert.deepEqual(ruleLabel('Mijn inschatting: hij is een echte perfectionist.').signals, [
      'ungrounded-interpretation',
    ]);
  });

  it('with its evidence named, or as a plain label, is none', () => {
    assert.deepEqual(
      english('My assessment: she is ready for the next step, shown by how she handled the meeting.').signals,
      [],
    );
    assert.deepEqual(english('Next steps: C. discusses the four tasks with her line manager.').signals, []);
  });
});

describe('a result on the coach, an answer by the coach', () => {
  it('is "on me" only after a copula', () => {
    assert.deepEqual(english('If he fails the exam, that would be on me.').signals, ['outcome-responsibility']);
    assert.deepEqual(english('He drafted an opening and tried it out on me twice.').signals, []);
  });

  it('is an answer given, not one the coachee gives', () => {
    assert.deepEqual(english('I gave him a lot of answers.').signals, ['expert-role']);
    assert.deepEqual(english('I thought that was a remarkably clear answer.').signals, []);
    assert.deepEqual(english('She found the answer herself.').signals, []);
  });
});
