// Selling the coachee an idea is convincing, and being out of breath worn out: working hard (rule 30); telling what
// one would do in her shoes is ungrounded advice (rules 32, 33); asking oneself how best to help is deliberating
// (rule 31).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

const signalsOf = (text: string): string[] => [...ruleLabel(text).signals].sort();

describe('convincing and deliberating told in other words', () => {
  it('selling the coachee an idea and running out of breath are working hard', () => {
    for (const text of [
      inEnglish('I found myself selling the idea of a mentor to her.'),
      'Ik merkte dat ik haar het idee van een mentor aan het verkopen was.',
      inEnglish('By the end I was the one out of breath.'),
      'Aan het eind was ik degene die buiten adem was.',
    ])
      assert.deepEqual(signalsOf(text), ['working-hard'], text);
  });

  it('what the coach would do in her shoes is ungrounded advice', () => {
    assert.deepEqual(signalsOf('Ik heb haar gezegd wat ik in haar schoenen zou doen.'), [
      'expert-role',
      'ungrounded-interpretation',
    ]);
  });

  it('asking oneself how best to help is intervention-focus', () => {
    for (const text of [
      'Hoe help ik hem het beste bij het volgende gesprek?',
      inEnglish('How can I best help him before the panel?'),
    ])
      assert.deepEqual(signalsOf(text), ['intervention-focus'], text);
  });
});
