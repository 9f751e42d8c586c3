import assert from 'node:assert/strict';
// Phrases and clauses that only frame the sentence: who acts is decided elsewhere (rules 8, 18, 25).
import { ruleLabel } from '../../helpers';

describe('what only frames a sentence', () => {
  it('reads an opening participle before a main clause with its own subject as a frame, not as the coach’s note (rule 25)', () => {
    assert.equal(
      ruleLabel(
        'Gevraagd naar wat haar het meest heeft geholpen, noemde betrokkene haar eigen besluit om eerder nee te zeggen.',
      ).focus,
      'coachee',
    );
    assert.equal(
      ruleLabel('Asked what had helped most, she named her own decision to say no earlier.').focus,
      'coachee',
    );
    // Without a subject after it the note is still the coach's act, also with the coachee as object before it.
    assert.equal(ruleLabel('Gevraagd wat ze nodig heeft van haar teamleider.').focus, 'coach');
    assert.equal(ruleLabel('Haar toegezegd dat het gaat lukken met de toets.').focus, 'coach');
    assert.equal(ruleLabel('Haar idee voor de planning gevolgd.').focus, 'coachee');
  });
  it('knows more conjunctions of reason, time and condition, so the coach’s grounds stay neutral (rule 8)', () => {
    assert.equal(
      ruleLabel(
        'Geadviseerd wordt de vaste roosterdag te handhaven, aangezien zij hiermee haar belasting zelf goed weet te reguleren.',
      ).valence,
      'neutral',
    );
  });
  it('reads the course of the session, told impersonally, as about neither (rule 18)', () => {
    for (const text of [
      'Daarna werd het even stil.',
      'Het conflict met de planner kwam pas na veertig minuten ter sprake.',
      'Dat onderwerp is vandaag niet aan bod gekomen.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'neutral', text);
    }
    // Whoever raises it acts: her own doing.
    assert.equal(ruleLabel('Ze bracht zelf het conflict met de planner ter sprake.').focus, 'coachee');
  });
});
