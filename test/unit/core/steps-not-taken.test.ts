import assert from 'node:assert/strict';
// Coming to a session unprepared, without the homework or without a plan is an agreed step not taken (rule 10);
// preparing is a step's verb, a problem only when negated; coming without a person is no step missed.
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('coming unprepared', () => {
  it('reads arriving unprepared or without the homework as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'Hij kwam weer onvoorbereid naar de sessie.',
        'Hij kwam zonder zijn huiswerk.',
        'Zij is met lege handen gekomen.',
        'She came to the session unprepared again.',
        'She turned up without her homework.',
        'He went into the review without a plan.',
      ],
      'valence',
      'weakness',
    );
  });
  it('reads preparing as a problem only when negated', () => {
    assertRuleLabels(
      ['Ze had zich niet voorbereid op het gesprek.', "He hadn't prepared anything for the meeting."],
      'valence',
      'weakness',
    );
    for (const text of ['Hij heeft een plan voorbereid.', 'I had prepared three exercises.'])
      assert.equal(ruleLabel(text).valence, 'neutral', text);
  });
  it('does not read coming without a person as a step missed', () => {
    for (const text of ['Ze kwam zonder haar leidinggevende.', 'She came without her manager this time.'])
      assert.equal(ruleLabel(text).valence, 'neutral', text);
  });
});

describe("a step's split verb", () => {
  it('hides none of the words it spans: alone it says nothing', () => {
    assert.equal(ruleLabel('Ze zocht zelf een goede oplossing uit.').valence, 'strength');
    assert.equal(ruleLabel('Hij heeft de opdracht niet gedaan.').valence, 'weakness');
    assert.equal(ruleLabel('Ze las het artikel niet door.').valence, 'weakness');
  });
});
