// Dutch comparatives of feelings and qualities, coming without the homework, the coach in hindsight (rules 10-13, 31).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a Dutch comparative of a feeling or quality', () => {
  it('keeps the class of its adjective: a change for the worse is a problem, for the better a strength', () => {
    assertRuleLabels(
      ['Hij is angstiger geworden.', 'Ze voelt zich eenzamer.', 'Hij is somberder dan vorige maand.'],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['Hij is weerbaarder dan vorig jaar.', 'Ze is zelfstandiger geworden.', 'Ze is gelukkiger.'],
      'valence',
      'strength',
    );
  });
});

describe('coming without the plan or the homework', () => {
  it('is an agreed step not taken (rule 10), where coming without someone is not', () => {
    assertRuleLabels(
      [inEnglish('This is the second session he has come without the plan.'), 'Hij kwam weer zonder huiswerk.'],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish('She came without her husband this time.')).valence, 'neutral');
  });
});

describe('the coach in hindsight and in advice', () => {
  it('a question that should have been asked is intervention-focus; wondering whether one should have done more is not', () => {
    assert.deepEqual(ruleLabel('Ik had meer naar haar moeder moeten vragen.').signals, ['intervention-focus']);
    assert.deepEqual(ruleLabel('Had ik meer moeten doen?').signals, []);
  });
  it('proposing what she should do is advice, proposing joint work is not (rule 32)', () => {
    assert.deepEqual(ruleLabel('Ik stelde voor dat ze met HR gaat praten.').signals, [
      'expert-role',
      'ungrounded-interpretation',
    ]);
    assert.deepEqual(ruleLabel('Ik stelde voor dat we er volgende keer samen naar kijken.').signals, []);
  });
  it('reminding him twice is working hard (rule 30)', () => {
    assert.deepEqual(ruleLabel(inEnglish('I reminded him twice by email.')).signals, ['working-hard']);
    assert.deepEqual(ruleLabel('Ik heb hem twee keer per mail herinnerd.').signals, ['working-hard']);
  });
});

describe('a label of high sensitivity', () => {
  it('is an interpretation of the coach’s, unless the coachee says it of herself (rule 33)', () => {
    assert.deepEqual(ruleLabel('Mijn indruk: hooggevoelig.').signals, ['ungrounded-interpretation']);
    assert.deepEqual(ruleLabel('Ze vertelde dat ze hooggevoelig is.').signals, []);
  });
});

describe('a price paid, praise not believed, finding one’s feet again', () => {
  it('decide after "but" (rule 9)', () => {
    assertRuleLabels(
      [
        inEnglish('He finished the project on time, but at the cost of three weekends.'),
        'Zijn collega’s waarderen hem, maar hij gelooft het zelf niet.',
        'Ze kreeg goede feedback van de klant, maar ze had het alleen over het ene punt dat misging.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['De reorganisatie heeft haar hard geraakt, maar ze heeft haar draai weer gevonden.'],
      'valence',
      'strength',
    );
  });
});
