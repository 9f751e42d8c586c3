// Tips the coachee praises were given elsewhere: the sentence tells the praise, appreciation alone (rules 16, 29).
// Praise by meaning ("saved her career", "haar carrière gered"); a product built in the coach's own time is working
// hard and expert-role (rules 30, 32).
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('tips the coachee praises', () => {
  it('are appreciation alone, in either language (rules 16, 29)', () => {
    for (const text of [
      'Ze zei dat mijn tips haar enorm hadden geholpen.',
      'Ze zei dat mijn tips haar carrière hadden gered.',
      inEnglish('She said my tips had saved her career.'),
    ])
      assert.deepEqual(ruleLabel(text).signals, ['appreciation'], text);
  });

  it('leave the expert-role where the coach gives them in a clause of their own', () => {
    for (const text of [
      'Ik gaf haar drie tips, en ze bedankte me.',
      inEnglish('I gave her three tips and she thanked me.'),
    ])
      assert.deepEqual(ruleLabel(text).signals.sort(), ['appreciation', 'expert-role'], text);
  });
});

describe('a product built in the coach’s own time', () => {
  it('is working hard and expert-role (rules 30, 32)', () => {
    assert.deepEqual(
      ruleLabel(inEnglish('I spent Saturday morning building a planning spreadsheet for him.')).signals.sort(),
      ['expert-role', 'working-hard'],
    );
    assert.deepEqual(
      ruleLabel('Na de sessie heb ik nog een uur aan een delegatieplan voor haar gewerkt.').signals.sort(),
      ['expert-role', 'working-hard'],
    );
    assert.deepEqual(ruleLabel('Afgelopen zaterdag heb ik een weekschema voor haar in elkaar gezet.').signals.sort(), [
      'expert-role',
      'working-hard',
    ]);
  });
});
