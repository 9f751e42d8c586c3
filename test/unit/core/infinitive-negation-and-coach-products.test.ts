// A Dutch negation inside an infinitive phrase stays there; doing the coachee's search is working hard;
// a plan drawn up for the coachee is a product; getting past defensiveness frames resistance; threats, a drinking
// problem and deals closed are the coachee's matter.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('a negation inside a Dutch infinitive phrase', () => {
  it('denies what the phrase says, not a word before its opener (rule 10)', () => {
    assert.equal(ruleLabel('Hij saboteert het traject door zijn huiswerk niet te doen.').valence, 'weakness');
    // A verb of courage before "niet … te" is still the one denied.
    assert.equal(ruleLabel('Ze durft niet te zeggen wat ze vindt.').valence, 'weakness');
  });
});

describe('the coach doing the coachee’s writing or search', () => {
  it('is working hard where the coach searched for the coachee, and what it delivers expert-role (rules 30, 32)', () => {
    for (const text of [
      inEnglish('I sent her a list of vacancies that match her background.'),
      'Ik heb haar een lijst met vacatures gestuurd die bij haar achtergrond passen.',
    ]) {
      const { signals } = ruleLabel(text);
      assert.ok(signals.includes('working-hard') && signals.includes('expert-role'), `${text}: ${signals}`);
    }
    // A text rewritten for the coachee is a product delivered (rule 32), not by itself working hard.
    assert.deepEqual(ruleLabel('Ik heb de inleiding van zijn artikel voor hem herschreven.').signals, ['expert-role']);
  });

  it('is working hard where the coach goes over the same argument again', () => {
    assert.ok(
      ruleLabel(inEnglish('I went through the same argument with him three times.')).signals.includes('working-hard'),
    );
    assert.ok(ruleLabel('Ik heb hetzelfde argument drie keer met hem doorgenomen.').signals.includes('working-hard'));
  });

  it('is expert-role where the coach draws up a plan for the coachee', () => {
    assert.ok(ruleLabel(inEnglish('I drew up a step-by-step plan for her to follow.')).signals.includes('expert-role'));
  });
});

describe('getting past the coachee’s defensiveness', () => {
  it('frames it as resistance, and names a problem (rule 35)', () => {
    for (const text of [
      inEnglish('I will have to find a way past his defensiveness.'),
      'Ik zal een manier moeten vinden om langs zijn defensiviteit te komen.',
    ]) {
      const label = ruleLabel(text);
      assert.ok(label.signals.includes('resistance-framing'), text);
      assert.equal(label.valence, 'weakness', text);
    }
  });
});

describe('the coachee’s matter by meaning', () => {
  it('reads threats, a drinking problem, plans that come to nothing and deals closed', () => {
    for (const [text, valence] of [
      [inEnglish('His manager threatens to move him to the back office.'), 'weakness'],
      ['Zijn leidinggevende dreigt hem naar de binnendienst over te plaatsen.', 'weakness'],
      [inEnglish('I hesitated to mention the drinking, afraid it would break the trust.'), 'weakness'],
      // What the coach weighs raising is the coachee's problem (rule 8), whatever the worry about the act.
      ['Ik heb lang getwijfeld of ik zijn drinken ter sprake moest brengen, bang om het verkeerd te doen.', 'weakness'],
      ['Op papier plant hij goed, maar in de praktijk komt er niets van.', 'weakness'],
      [inEnglish('She closed two deals this week by asking customers more questions.'), 'strength'],
      ['Ze sloot deze week twee deals door klanten meer vragen te stellen.', 'strength'],
      ['De verdediging staat gepland voor juni.', 'neutral'],
    ] as const)
      assert.equal(ruleLabel(text).valence, valence, text);
    assert.ok(ruleLabel('Ik aarzelde om het drinken ter sprake te brengen.').signals.includes('intervention-focus'));
  });
});
