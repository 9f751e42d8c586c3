import assert from 'node:assert/strict';
import { ruleLabel } from '../../helpers';

// Signals by what the words mean in a report, both languages, with the readings that must stay quiet.
describe('signals by meaning', () => {
  const signals = (text: string): string[] => ruleLabel(text).signals;

  it('hears a trait read off appearances as an interpretation without grounds (rule 33)', () => {
    for (const text of [
      'He seems to lack discipline in the evenings.',
      'She appears to lack motivation for the new role.',
      'Hij lijkt discipline te missen in de avond.',
      'Ze lijkt het overzicht te missen.',
      'My impression is that Sophie is too controlling.',
      'It is my professional opinion that the client would benefit from six more sessions.',
      'Naar mijn oordeel is hij klaar voor de nieuwe rol.',
    ]) {
      assert.ok(signals(text).includes('ungrounded-interpretation'), text);
    }
    // The coachee's own words and a ground named in the sentence are no ungrounded reading.
    assert.ok(!signals('He said he lacks discipline in the evenings.').includes('ungrounded-interpretation'));
    assert.ok(
      !signals('She seems to lack motivation, shown by the three missed deadlines.').includes(
        'ungrounded-interpretation',
      ),
    );
  });

  it('hears the coach vouching for the result as outcome-responsibility (rule 36)', () => {
    for (const text of [
      'Ik sta ervoor in dat zij per 1 maart weer volledig aan het werk is.',
      'Ik sta er persoonlijk voor in dat hij slaagt.',
      'Ik sta garant voor een goede afloop.',
    ]) {
      assert.ok(signals(text).includes('outcome-responsibility'), text);
    }
    assert.ok(!signals('Ik sta er niet voor in dat ze slaagt, dat ligt bij haar.').includes('outcome-responsibility'));
  });

  it('hears the coach solving it for the coachee, or saying more than needed, as working hard (rule 30)', () => {
    for (const text of [
      'Ik heb het probleem eigenlijk voor hem opgelost.',
      'Ik wilde het te graag voor haar oplossen.',
      'I ended up trying to fix it for her.',
      'Looking back, I said more than I needed to.',
    ]) {
      assert.ok(signals(text).includes('working-hard'), text);
    }
    // Noticing the urge and holding back is not the behaviour (rule 29); the coachee trying hard is hers.
    assert.ok(!signals('I felt the urge to solve it for her but held back.').includes('working-hard'));
    assert.ok(!signals('She tried too hard to please her manager.').includes('working-hard'));
  });

  it('does not take a coach pronoun that a cue only skips over for the coach acting (rule 30)', () => {
    // "rang … to ask" is the coach's call for the coachee only when the coach rings; here the manager rang the coach.
    assert.ok(
      !signals('Her ward manager rang me on Monday to ask whether she would be back on the rota by Easter.').includes(
        'working-hard',
      ),
    );
    assert.ok(signals('I rang her manager on Monday to ask whether she could start later.').includes('working-hard'));
  });
});
