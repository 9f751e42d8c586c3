// A guess in a note without a verb ("Probably burnt out") is an interpretation; tips named with only their topic
// ("tips about email triage") are announced, not given in words; saying yes to everything, refusing a request.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('a guess in a note without a verb', () => {
  it('is an interpretation of the coachee (rules 25, 33)', () => {
    for (const text of [inEnglish('Probably burnt out.'), 'Waarschijnlijk opgebrand.']) {
      const label = ruleLabel(text);
      assert.ok(label.signals.includes('ungrounded-interpretation'), text);
      assert.equal(label.focus, 'coachee', text);
    }
    assert.deepEqual(ruleLabel('Waarschijnlijk volgende week.').signals, []);
  });
});

describe('tips named by their topic only', () => {
  it('are expert-role alone: the sentence announces them (rule 33)', () => {
    assert.deepEqual(ruleLabel(inEnglish('Gave tips re. email triage.')).signals, ['expert-role']);
    assert.deepEqual(ruleLabel('Tips gegeven over mailbeheer.').signals, ['expert-role']);
  });
});

describe('requests', () => {
  it('said yes to all are a problem, one refused a strength (rules 10, 9)', () => {
    assert.equal(ruleLabel('Ze zegt ja tegen alles wat haar leidinggevende vraagt.').valence, 'weakness');
    assert.equal(
      ruleLabel('Deze week weigerde ze een verzoek van haar leidinggevende en legde uit waarom.').valence,
      'strength',
    );
    assert.equal(ruleLabel(inEnglish('She declined the request and offered an alternative.')).valence, 'strength');
  });
});
