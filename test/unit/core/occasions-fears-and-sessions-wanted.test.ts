// Tips named with their occasion, fear for how one's question lands, wanting the session perfect, effort (rules 30-36).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, label, ruleLabel } from '../../helpers';

describe('tips named with the occasion they are for', () => {
  it('only announce them: expert-role without an interpretation (rules 32, 33)', () => {
    for (const text of [
      inEnglish('I gave her three tips for the conversation with her manager.'),
      'Ik heb haar drie tips gegeven voor het gesprek met haar leidinggevende.',
      inEnglish('I gave him some tips for his meeting with the board.'),
    ])
      assert.deepEqual(ruleLabel(text).signals, ['expert-role'], text);
  });
  it('while a tip that says what to do is ungrounded advice too', () => {
    const text = 'Ik gaf haar de tip om in het gesprek met haar leidinggevende eerst naar de cijfers te vragen.';
    assert.deepEqual(ruleLabel(text).signals, ['expert-role', 'ungrounded-interpretation']);
  });
});

describe('the coach afraid of how a question or remark lands', () => {
  it('is intervention-focus in both languages (rule 31)', () => {
    for (const text of [
      inEnglish('I was afraid that my question would come across as too direct.'),
      inEnglish('I was worried my feedback would hurt her.'),
      'Ik was bang dat mijn vraag te direct zou overkomen.',
      'Ik was bezorgd dat mijn opmerking haar zou kwetsen.',
    ])
      assert.deepEqual(ruleLabel(text).signals, ['intervention-focus'], text);
  });
  it('but not the coachee afraid of the coach’s question', () => {
    assert.deepEqual(label(inEnglish('She was afraid that my question would be too personal.')).signals, []);
    assert.deepEqual(label('Ze was bang dat mijn vraag te persoonlijk zou zijn.').signals, []);
  });
  it('and so is weighing, in hindsight, which would have worked better', () => {
    assert.deepEqual(
      ruleLabel('Achteraf had een stilte waarschijnlijk beter gewerkt dan mijn herformulering.').signals,
      ['intervention-focus'],
    );
  });
});

describe('wanting the session to go perfectly', () => {
  it('is no result of the coachee’s (rule 36)', () => {
    assert.deepEqual(ruleLabel('Ik wilde dat de sessie perfect zou verlopen.').signals, ['intervention-focus']);
    assert.deepEqual(ruleLabel(inEnglish('I really wanted the session to go perfectly.')).signals, [
      'intervention-focus',
    ]);
  });
  it('while wanting her result is', () => {
    assert.deepEqual(ruleLabel('Ik wilde dat ze de baan zou krijgen.').signals, ['outcome-responsibility']);
    assert.deepEqual(ruleLabel('Aan het eind heb ik hem toegezegd dat we het schema op 1 mei rond hebben.').signals, [
      'outcome-responsibility',
    ]);
  });
});

describe('the coach on call', () => {
  it('in other words is expert-role, the coachee calling someone else is not (rule 32)', () => {
    assert.deepEqual(ruleLabel(inEnglish('I told her she can always call me if it gets too much.')).signals, [
      'expert-role',
    ]);
    assert.deepEqual(ruleLabel(inEnglish('She said she can always call her sister.')).signals, []);
  });
});

describe('the coachee’s effort', () => {
  it('is strength, working too hard a problem, the coach’s own effort neutral (rules 7, 8)', () => {
    assertRuleLabels(
      [inEnglish('She worked very hard on her presentation.'), 'Ze heeft heel hard aan haar presentatie gewerkt.'],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [inEnglish('He is working too hard and sleeps badly.'), 'Hij werkt te hard.'],
      'valence',
      'weakness',
    );
    assertRuleLabels([inEnglish('I worked hard to keep the conversation going.')], 'valence', 'neutral');
  });
});

describe('resistance told as blocking or too little commitment', () => {
  it('frames it (rule 35)', () => {
    for (const text of [
      inEnglish('He is blocking every change we discuss.'),
      'Weer heeft ze haar huiswerk niet gedaan, wat getuigt van weinig commitment.',
    ])
      assert.ok(ruleLabel(text).signals.includes('resistance-framing'), text);
  });
});

describe('an urge to explain again, and letting it go', () => {
  it('shows no working-hard, not even from the learned layer (rule 29)', () => {
    assert.deepEqual(label(inEnglish('I felt the urge to explain it again, but I let it go.')).signals, []);
  });
  it('while a bare negation beside it holds nothing back', () => {
    const text =
      'I went through the policy with him, and when he didn’t respond I explained it all again, more slowly.';
    assert.ok(label(inEnglish(text)).signals.includes('working-hard'));
  });
});
