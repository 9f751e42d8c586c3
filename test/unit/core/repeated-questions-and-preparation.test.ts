// Asking the same question again and talking most of the hour are working hard (rule 30); "beter … kon laten" and
// "had better" weigh options, no quality, and said to the coachee they are advice (rules 8, 32); a problem the coachee
// prepares or plans for is told for how she deals with it (rule 9).
import * as assert from 'node:assert/strict';
import { inEnglish, ruleLabel } from '../../helpers';

const english = (text: string): ReturnType<typeof ruleLabel> => ruleLabel(inEnglish(text));

describe('the coach asking the same question again or talking most of the hour', () => {
  it('is working hard in both languages', () => {
    for (const labels of [
      english('I caught myself rephrasing the same question three times.'),
      english('Honestly, I spent most of the hour talking.'),
      ruleLabel('Ik merkte dat ik dezelfde vraag drie keer herformuleerde.'),
      ruleLabel('Eerlijk gezegd heb ik het hele uur gepraat.'),
    ])
      assert.deepEqual(labels.signals, ['working-hard']);
  });

  it('not a question asked again from one session to the next', () => {
    assert.deepEqual(english('I asked her the same question as last week: what went well?').signals, []);
    assert.deepEqual(ruleLabel('Ik stelde dezelfde schaalvraag als vorige keer.').signals, []);
  });

  it('not when the coachee asks it', () => {
    assert.deepEqual(english('She asked the same question twice.').signals, []);
    assert.deepEqual(ruleLabel('Ze stelde dezelfde vraag twee keer.').signals, []);
  });
});

describe('"beter" weighing what to do', () => {
  it('is no strength of the coachee', () => {
    assert.equal(ruleLabel('Hij kan dat gesprek beter niet voeren.').valence, 'neutral');
    assert.equal(english('It would be better to wait a week.').valence, 'neutral');
    // Sleeping better is still progress.
    assert.equal(ruleLabel('Ze kan nu beter slapen dan vorig jaar.').valence, 'strength');
  });

  it('is advice when the coach says it to the coachee', () => {
    const said = ruleLabel('Ik heb hem gezegd dat hij beter elke dag een uur kan leren.');
    assert.ok(said.signals.includes('expert-role'), said.signals.join());
    assert.ok(english('I told him he had better start revising every day.').signals.includes('expert-role'));
  });
});

describe('a problem the coachee prepares or plans for', () => {
  it('is told for how she deals with it', () => {
    assert.equal(ruleLabel('Hij heeft een planner gemaakt voor de herkansing.').valence, 'strength');
    assert.equal(english('She prepared for the difficult conversation with her manager.').valence, 'strength');
  });

  it('not when it is still to be done', () => {
    assert.equal(english('She still needs to prepare for the difficult conversation.').valence, 'weakness');
  });
});
