import assert from 'node:assert/strict';
// What the coachee does now, told against a problem a clause places in the past, is progress (rule 10).
import { ruleLabel } from '../../helpers';

const valence = (sentence: string): string => ruleLabel(sentence).valence;

describe('a change told against the past', () => {
  it('reads the past problem of the coachee beside what she does now as progress', () => {
    const now =
      'In juni begint ze aan haar eerste project als projectleider, iets wat ze een jaar geleden nog had afgehouden.';
    assert.equal(valence(now), 'strength');
    assert.equal(valence('She chaired the meeting, something she avoided a year ago.'), 'strength');
  });
  it('keeps a past problem told alone, or of someone else, as it was', () => {
    assert.equal(valence('Vorige keer twijfelde Karim nog hevig.'), 'weakness');
    assert.equal(valence('Beide keren had ze het project afgehouden.'), 'weakness');
  });
  it('reads a span a problem lasted as its past where the clause points back at the act before it', () => {
    assert.equal(
      valence('Ze heeft vorige week zelf de kapper gebeld, iets wat ze een half jaar lang uitstelde.'),
      'strength',
    );
    assert.equal(
      valence('Last week she called the hairdresser herself, something she had put off for half a year.'),
      'strength',
    );
    assert.equal(valence('Ze heeft de mail verstuurd, iets wat ze al weken voor zich uit schoof.'), 'strength');
    assert.equal(valence('He told his manager, something he had been putting off since the summer.'), 'strength');
    // A phrase naming the act again points back as "iets" does.
    assert.equal(
      valence(
        'Ze had het gesprek met haar leidinggevende gevoerd, het gesprek dat ze sinds januari voor zich uit schoof.',
      ),
      'strength',
    );
    assert.equal(valence('She finally made the call, the call she had put off for months.'), 'strength');
    assert.equal(valence('She finally made the call, the call she still dreads.'), 'weakness');
    // Without a clause pointing back, the span is the problem's own: still going on, or the point of the sentence.
    assert.equal(valence('Ze stelt het al maanden lang uit.'), 'weakness');
    assert.equal(valence('Ze schuift het al weken voor zich uit.'), 'weakness');
    assert.equal(valence('When Dana first got on a call with me, she had been spiraling for weeks.'), 'weakness');
  });
});
