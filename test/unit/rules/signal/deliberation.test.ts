import assert from 'node:assert/strict';
// Not knowing which intervention to use is deliberating (rule 31), and a lack of commitment named is
// resistance-framing (rule 35), in both languages and word orders.
import { ruleLabel } from '../../../helpers';

describe('deliberation and commitment, told in other words', () => {
  it('reads not knowing which intervention or question as intervention-focus, the negation being the cue’s', () => {
    for (const sentence of [
      'Ik weet niet meer welke interventie ik nog kan proberen.',
      'I no longer know which intervention to try.',
      "I didn't know which intervention to use.",
      'I did not know which question to ask.',
    ])
      assert.deepEqual(ruleLabel(sentence).signals, ['intervention-focus'], sentence);
    // The coachee not knowing which job to take is her question, no signal of the coach's.
    assert.deepEqual(ruleLabel('She did not know which job to take.').signals, []);
  });
  it('reads doubting between interventions as intervention-focus in Dutch word order after an adverb too', () => {
    for (const sentence of [
      'Voor de sessie twijfelde ik tussen de stakeholderkaart en gewoon vragen wat hem wakker houdt.',
      'Ik heb lang getwijfeld of ik het ontslag überhaupt moest aansnijden.',
      'Halverwege twijfel ik of ik moet doorvragen.',
    ])
      assert.ok(ruleLabel(sentence).signals.includes('intervention-focus'), sentence);
    // The coachee's doubt between two jobs is her question, no signal of the coach's.
    assert.deepEqual(ruleLabel('Ze heeft lang getwijfeld tussen twee banen.').signals, []);
  });
  it('reads not taking the coaching seriously as resistance-framing, also in a Dutch subordinate clause', () => {
    assert.ok(
      ruleLabel('Ik begin te denken dat hij het traject niet serieus neemt.').signals.includes('resistance-framing'),
    );
    assert.ok(ruleLabel("I think he isn't taking this seriously.").signals.includes('resistance-framing'));
  });
  it('reads the coachee’s fear, named by her word, as hers: no intervention-focus of the coach’s (rule 31)', () => {
    for (const sentence of ['I explored his fear of making mistakes.', 'We talked about her fear of getting it wrong.'])
      assert.deepEqual(ruleLabel(sentence).signals, [], sentence);
    assert.deepEqual(ruleLabel('I was afraid of making mistakes.').signals, ['intervention-focus']);
    assert.deepEqual(ruleLabel('My fear of getting it wrong made me hesitate.').signals, ['intervention-focus']);
  });
});

describe('the coach rehearsing an intervention, and wishes of the coaching itself', () => {
  it('reads rehearsing the opening question as intervention-focus, in either language (rule 31)', () => {
    for (const sentence of [
      'I kept rehearsing my opening question in the car.',
      'In de auto bleef ik mijn openingsvraag oefenen.',
    ])
      assert.ok(ruleLabel(sentence).signals.includes('intervention-focus'), sentence);
    assert.deepEqual(ruleLabel('I opened with the question I had prepared.').signals, []);
  });
  it('reads wanting something of our conversations as the process, no outcome-responsibility (rule 36)', () => {
    assert.deepEqual(ruleLabel('Ik wil dat onze gesprekken een plek zijn waar ze hardop kan denken.').signals, []);
    assert.ok(ruleLabel('Ik wil echt dat hij die promotie krijgt.').signals.includes('outcome-responsibility'));
    assert.ok(
      ruleLabel('Ik wil dat het gesprek met zijn manager goed afloopt.').signals.includes('outcome-responsibility'),
    );
  });
});
