// A plan or agenda for the session is the coach's own preparation, no ready-made product for the coachee (rule 32);
// a plan for the coachee, or for a conversation of her own, still is one.
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

const signalsOf = (text: string): string[] => ruleLabel(text).signals;

describe('a product for the session', () => {
  it('is the coach’s preparation, no expert-role', () => {
    for (const text of [
      'Ik heb een sessieplan gemaakt voor volgende week.',
      'Ik heb een opzet voor ons volgende gesprek gemaakt.',
      inEnglish('I wrote a session plan for next week.'),
      inEnglish('I wrote a plan for our next session.'),
    ])
      assert.deepEqual(signalsOf(text), [], text);
  });

  it('leaves a product for the coachee or her own conversation expert-role', () => {
    for (const text of [
      'Ik heb een plan voor haar gesprek geschreven.',
      inEnglish('I wrote her a plan for the week.'),
      inEnglish('I wrote a plan for her conversation with her manager.'),
      inEnglish('I drew up a plan for the conversation with her manager.'),
      'Ik heb een gespreksopzet voor haar geschreven.',
    ])
      assert.deepEqual(signalsOf(text), ['expert-role'], text);
  });
});
