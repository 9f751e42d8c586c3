import assert from 'node:assert/strict';
// A problem told for how the coachee dealt with it (rule 9) or against a strength now (rule 10) is background.
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('what the coachee dared to say (rule 9)', () => {
  it('reads the courage, not the problem named, in both languages', () => {
    assertRuleLabels(
      [
        'Hij durfde in het teamoverleg te zeggen dat hij overbelast is.',
        'Ze had de moed om haar manager te vertellen dat ze vastloopt.',
        'She dared to tell her manager that she is overloaded.',
        'He found the courage to admit that he had been struggling for months.',
      ],
      'valence',
      'strength',
    );
  });
  it('leaves the problem standing when the courage is missing or the problem is not what was said', () => {
    assertRuleLabels(
      ['Ze durfde niet te zeggen dat ze overbelast is.', 'She did not dare to tell him that she was exhausted.'],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel('She was overloaded and anxious all week.').valence, 'weakness');
  });
});

describe('a strength told against a past problem (rule 10)', () => {
  it('reads the strength now, not the problem a later clause places in the past, in both languages', () => {
    assertRuleLabels(
      [
        'Ze sprak haar manager zelf aan, iets wat ze een jaar geleden nooit had gedurfd.',
        'Hij zei nee tegen de extra dienst, terwijl hij daar vorige maand nog van wakker lag.',
        'She said no to the extra shift, whereas a month ago she lay awake over it.',
      ],
      'valence',
      'strength',
    );
  });
  it('keeps the past problem where the turn after "maar" tells it, or nothing else is a strength', () => {
    assertRuleLabels(
      ['Ze was blij, maar vorige week was ze nog somber.', 'He said that a month ago he lay awake every night.'],
      'valence',
      'weakness',
    );
  });
});

describe('working late as a problem (rule 10)', () => {
  it('outweighs the coachee doing it herself, in both languages', () => {
    assertRuleLabels(
      [
        'He described how he stayed late three nights in a row to fix the reports himself.',
        'Ze bleef laat op kantoor om de planning zelf rond te krijgen.',
        'She worked the weekend to finish the report.',
      ],
      'valence',
      'weakness',
    );
  });
});
