// Performance reviews, deals and targets in both languages; the coachee's ask in a note without subject (rules 15,
// 25); "als"/"like" after a verb of seeming compares and opens no clause; the coach's own time spent on a product.
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('reviews, deals and targets', () => {
  it('are read by what the rating or result says', () => {
    assertRuleLabels(
      [
        inEnglish('Her performance review was rated "needs improvement".'),
        inEnglish('He was put on a performance improvement plan in September.'),
        'Hij zit sinds september in een verbetertraject.',
        inEnglish('Her jaw was clenched for most of the session.'),
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      [
        inEnglish('He closed the biggest deal of his career last week.'),
        inEnglish('She was rated "exceeds expectations" in her annual review.'),
        'Ze kreeg in haar jaargesprek de hoogste beoordeling.',
        'Ze heeft bij haar terugkeer na het verlof een vierdaagse werkweek bedongen.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('a note that opens with the coachee wanting the coach to choose', () => {
  it('is the coachee asking, with expert-role', () => {
    const ask = ruleLabel('Wilde dat ik hem vertelde welk aanbod hij moet nemen.');
    assert.deepEqual([ask.valence, ask.focus, ask.signals], ['weakness', 'coachee', ['expert-role']]);
  });
});

describe('a verb of seeming', () => {
  it('compares with "als", so the coach’s reading counts; before a subject "als" still opens a condition', () => {
    assertRuleLabels(['Ik denk dat haar mail klinkt als een verwijt aan haar team.'], 'valence', 'weakness');
    assertRuleLabels(['Ik zou het als een nederlaag voelen als hij in de WW belandt.'], 'valence', 'weakness');
  });
});

describe('the coach’s own time on a product', () => {
  it('is working hard, in both languages', () => {
    assert.ok(
      ruleLabel(inEnglish('I spent the whole weekend rewriting the plan for her.')).signals.includes('working-hard'),
    );
    assert.ok(ruleLabel('Ik heb de hele avond het plan voor haar herschreven.').signals.includes('working-hard'));
  });
});
