import assert from 'node:assert/strict';
// A school's mock exams are no mockery; a presentation given is an achievement, one not given a step not taken.
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('mock exams', () => {
  it('name a procedure, not a problem', () => {
    assert.equal(ruleLabel('She sits the rest of her mocks in the small room by the library.').valence, 'neutral');
    assert.equal(ruleLabel('He had a mock interview with the careers adviser.').valence, 'neutral');
  });
});

describe('a presentation given', () => {
  it('is an achievement, in both languages', () => {
    assertRuleLabels(
      [
        'He gave a presentation to the whole department.',
        'Noor heeft de presentatie bij Nederlands gedaan, voor de hele klas.',
        'Ze hield haar presentatie voor het MT.',
      ],
      'valence',
      'strength',
    );
  });
  it('is a step not taken when it was not given, and nothing yet when it is still to come', () => {
    assert.equal(ruleLabel('Hij heeft de presentatie niet gegeven.').valence, 'weakness');
    assert.equal(ruleLabel('Ze moet volgende week een presentatie geven.').valence, 'neutral');
  });
});
