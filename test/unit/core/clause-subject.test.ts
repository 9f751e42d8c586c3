import assert from 'node:assert/strict';
// Who acts in a clause (rule 18): a person after a preposition is an object, unless the note names no one else.
import { ruleLabel } from '../../helpers';

describe('the subject of a clause', () => {
  it('passes over a name after a preposition when a pronoun that is only ever a subject follows', () => {
    assert.equal(ruleLabel('Met Gerdien sprak ik over haar rooster.').focus, 'coach');
    assert.equal(ruleLabel('Na vier sessies met Ngozi wil ik eerlijk kijken naar mijn eigen aandeel.').focus, 'coach');
    assert.equal(ruleLabel('With Sarah I went through her rota.').focus, 'coach');
    assert.equal(ruleLabel('After four sessions with Ngozi I want to look honestly at my own part.').focus, 'coach');
  });
  it('keeps the name when the clause names no one else, and the pronoun when it is the coachee', () => {
    // A note about a talk with someone tells the coachee's situation (rules 24, 25).
    assert.equal(ruleLabel('Gesprek met Bram twee keer uitgesteld.').focus, 'coachee');
    assert.equal(ruleLabel('Meeting with Tom postponed twice.').focus, 'coachee');
    assert.equal(ruleLabel('Na het gesprek met Bram voelde zij zich rustiger.').focus, 'coachee');
    assert.equal(ruleLabel('After the talk with Tom she felt calmer.').focus, 'coachee');
  });
  it('takes no subject from a phrase trailing the clause before, a title and its name included', () => {
    assert.equal(
      ruleLabel("I explained it all again, more slowly, with Mr Okafor's letter on the table.").focus,
      'coach',
    );
    assert.equal(ruleLabel('Ik legde het nog eens uit, met de heer Okafor erbij.').focus, 'coach');
    assert.equal(ruleLabel('Ik legde het nog eens uit, met Tom erbij.').focus, 'coach');
    // A clause of its own that opens with the name still has it for subject.
    assert.equal(ruleLabel('Ik legde het nog eens uit, en Tom knikte.').focus, 'neutral');
  });
  it('reads a pronoun after "en" in a Dutch clause without a finite verb of its own as an object', () => {
    const sentence =
      'Ik heb dat compliment in ontvangst genomen en je daarna gevraagd wat jij zelf anders hebt gedaan.';
    assert.equal(ruleLabel(sentence).focus, 'coach');
    // With a finite verb of its own the clause has its own subject.
    assert.equal(
      ruleLabel('Ik heb dat compliment in ontvangst genomen en je hebt daarna zelf iets gekozen.').focus,
      'neutral',
    );
  });
  it('passes over "our" opening a phrase of time before the clause’s own subject, and keeps it as the subject alone', () => {
    assert.equal(ruleLabel('Since our last session he has started delegating.').focus, 'coachee');
    assert.equal(ruleLabel('Sinds onze laatste sessie is ze begonnen met delegeren.').focus, 'coachee');
    assert.equal(ruleLabel('Since our last session I have been thinking about my part.').focus, 'coach');
    assert.equal(ruleLabel('Our collaboration is going well.').focus, 'neutral');
    assert.equal(ruleLabel('Onze samenwerking loopt goed.').focus, 'neutral');
  });
});
