// What the coachee seems to do or be, told without what it rests on, is an interpretation (rule 33, as the corpus's
// "Het lijkt erop dat hij nog volledig in de weerstand zit"); holding back and feeling responsible for everyone are
// problems.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('what the coachee seems to do', () => {
  it('is an interpretation without a ground (rule 33)', () => {
    for (const text of [
      inEnglish('She seems to avoid any conflict.'),
      'Ze lijkt zich in te houden bij mensen met meer senioriteit.',
      'Tevens lijkt sprake van een faalangstige houding.',
    ])
      assert.ok(ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });

  it('is none where the sentence names what it rests on', () => {
    const text = inEnglish('Given how often she apologised today, she seems to avoid any conflict.');
    assert.ok(!ruleLabel(text).signals.includes('ungrounded-interpretation'));
  });
});

describe('holding back and feeling responsible for everyone', () => {
  it('are problems of the coachee (rules 10, 11)', () => {
    for (const text of [
      inEnglish('He holds back more in meetings with the board.'),
      'Ze lijkt zich in te houden bij mensen met meer senioriteit.',
      'Joost voelt zich verantwoordelijk voor het welzijn van iedereen.',
      inEnglish('She feels responsible for the wellbeing of everyone on the ward.'),
    ])
      assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
});
