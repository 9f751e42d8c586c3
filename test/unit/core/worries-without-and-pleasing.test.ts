// Worrying is not making sure, "zonder dat" reaches its clause, and pleasing everyone (rules 10, 13, 36).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, label, ruleLabel } from '../../helpers';

describe('"zorgen" after a reflexive pronoun', () => {
  it('is the coach worrying, no outcome-responsibility, in the rules and the learned layer (rule 36)', () => {
    const text = 'Ik maak me zorgen dat hij de druk niet aankan.';
    assert.deepEqual(ruleLabel(text).signals, []);
    assert.ok(!label(text).signals.includes('outcome-responsibility'));
  });
  it('where making sure of her result still is', () => {
    assert.deepEqual(ruleLabel('Ik moet ervoor zorgen dat hij in maart klaar is.').signals, ['outcome-responsibility']);
  });
});

describe('"zonder dat"', () => {
  it('turns the problem in the clause it opens (rule 10)', () => {
    assertRuleLabels(['Hij ontdekte dat hij hulp kan vragen zonder dat het zwak overkomt.'], 'valence', 'strength');
  });
  it('while a goal of exploring stays the question she brings (rule 13)', () => {
    assertRuleLabels(
      ['Ze wilde volgende keer onderzoeken hoe ze taken kan overdragen zonder dat het voelt als opgeven.'],
      'valence',
      'weakness',
    );
  });
});

describe('trying to please everyone', () => {
  it('is a pattern, a problem, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('The more she tries to please everyone, the less time she has for the work she actually enjoys.'),
        'Ze probeert het iedereen naar de zin te maken.',
        'Het drong tot haar door dat ze al jaren over haar eigen grenzen gaat.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('being on call', () => {
  it('is expert-role only as the coach’s offer (rule 32), not the coachee’s duty', () => {
    assert.deepEqual(ruleLabel(inEnglish('Being on call every other week leaves him no time to recover.')).signals, []);
    assert.deepEqual(ruleLabel(inEnglish('I offered to be on call for her during the weekend.')).signals, [
      'expert-role',
    ]);
  });
});

describe('targets, rejections and doubts at work', () => {
  it('are problems in both languages', () => {
    assertRuleLabels(
      [
        'Hij moet elke week meer uren declareren en haalt zijn norm niet.',
        inEnglish('His code reviews keep getting rejected and he has started to doubt whether he is good enough.'),
      ],
      'valence',
      'weakness',
    );
  });
});

describe('the coach’s signals told in plain words', () => {
  it('tips named with what they are for only announce them: expert-role alone (rule 33)', () => {
    assert.deepEqual(ruleLabel(inEnglish('I gave him three tips for the negotiation.')).signals, ['expert-role']);
    assert.deepEqual(ruleLabel('Ik heb hem drie tips gegeven voor de onderhandeling.').signals, ['expert-role']);
  });
  it('talking most and feeling empty are working hard (rule 30); praise of the coach’s questions is appreciation', () => {
    assert.deepEqual(ruleLabel('Ik was vooral zelf aan het woord.').signals, ['working-hard']);
    assert.deepEqual(ruleLabel('Na de sessie was ik volledig leeg.').signals, ['working-hard']);
    assert.deepEqual(ruleLabel('Ze zei dat mijn vragen briljant waren.').signals, ['appreciation']);
  });
});

describe('what the coach asks or thinks about a state of hers', () => {
  it('"so stressful for her" is her problem in the coach’s sentence (rules 7, 8), "mijn angst" stays the coach’s', () => {
    assertRuleLabels(['Ik vroeg wat de presentatie zo stressvol voor haar maakte.'], 'valence', 'weakness');
    assertRuleLabels(['In de intervisie breng ik mijn angst voor haar oordeel in.'], 'valence', 'neutral');
  });
  it('a verb of making whose subject is "what", or a product past an infinitive, is no product delivered (rule 32)', () => {
    assert.deepEqual(ruleLabel(inEnglish('I asked what made the presentation so stressful for her.')).signals, []);
    assert.deepEqual(ruleLabel('Ik maakte de fout om met de agenda te beginnen.').signals, []);
    assert.deepEqual(ruleLabel('Ik heb een planning voor haar gemaakt.').signals, ['expert-role']);
  });
});
