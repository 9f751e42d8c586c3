import assert from 'node:assert/strict';
// Notes without a subject take the implied one (rule 25): the coachee's homework is hers, not the session's work; a
// model named after its author is the coach's tool, its author no one in the coachee's world; "er is gesproken over"
// is joint work (rule 23).
import { ruleLabel } from '../../helpers';

describe('notes without a subject', () => {
  it('reads homework done or not as the coachee’s', () => {
    assert.equal(ruleLabel('Huiswerk niet gedaan.').focus, 'coachee');
    assert.equal(ruleLabel('Rollenspel gedaan waarin ik de medewerker speelde.').focus, 'neutral');
  });
  it('reads a model named after its author as the coach bringing it in', () => {
    assert.equal(ruleLabel('Model van Ofman uitgelegd.').focus, 'coach');
    assert.equal(ruleLabel('Explained the circle of influence from Covey.').focus, 'coach');
  });
  it('reads talk in the passive as joint work', () => {
    assert.equal(ruleLabel('Er is gesproken over haar terugkeer.').focus, 'neutral');
    assert.equal(ruleLabel('Ze heeft met haar manager gesproken over de uren.').focus, 'coachee');
  });
  it('hears little sleep as the coachee’s problem, and the coach’s as working hard', () => {
    assert.equal(ruleLabel('Weinig geslapen afgelopen week.').valence, 'weakness');
    assert.deepEqual(ruleLabel('Ik heb slecht geslapen na die sessie.').signals, ['working-hard']);
  });
});

describe('someone of the coachee’s world named without a noun', () => {
  it('reads "een van hen", "one of them" as a third party, not the coach offering', () => {
    const offer = ruleLabel('Een van hen bood aan om je mee te nemen naar een netwerkbijeenkomst.');
    assert.equal(offer.focus, 'coachee');
    assert.deepEqual(offer.signals, []);
    assert.equal(ruleLabel('One of them offered to introduce her to the hiring manager.').focus, 'coachee');
  });
});

describe('a note a singular auxiliary opens', () => {
  it('reads the act as the coachee’s, not coach and coachee at work', () => {
    assert.equal(ruleLabel('Voortgang: goed, heeft het gesprek met HR gevoerd.').focus, 'coachee');
    assert.equal(ruleLabel('Heeft het gesprek met HR gevoerd.').focus, 'coachee');
    assert.equal(ruleLabel('Samen het gesprek met HR voorbereid.').focus, 'neutral');
  });
  it('hears problems seen coming as foresight', () => {
    assert.equal(ruleLabel('Ze ziet problemen vroeg aankomen.').valence, 'strength');
    assert.equal(ruleLabel('She saw the conflict coming and raised it early.').valence, 'strength');
  });
});

describe('work done together with someone of the coachee’s world', () => {
  it('is joint work, the third party after "met haar" no subject; a note without "samen" stays hers', () => {
    assert.equal(ruleLabel('Samen het gesprek met haar manager voorbereid.').focus, 'neutral');
    assert.equal(ruleLabel('Gesprek met haar manager uitgesteld.').focus, 'coachee');
  });
});

describe('the coach holding back', () => {
  it('is the coach’s own side, not the coachee holding back (rules 8, 29)', () => {
    assert.equal(ruleLabel('I felt the urge to fix it for her and held back.').valence, 'neutral');
    assert.equal(ruleLabel('I noticed that she held back in the meeting.').valence, 'weakness');
    assert.equal(
      ruleLabel('Laat je boosheid over Holtrop thuis als je iemand uit je netwerk spreekt.').valence,
      'weakness',
    );
  });
});
