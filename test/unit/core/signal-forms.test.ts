import assert from 'node:assert/strict';
// Signals told in forms the lexicons' base forms did not reach: a plural whose stem is too short to find it
// ("interventies", "interventions", listed as such), a split Dutch verb of preparing at length, the coach filling
// in for the coachee (rule 30) and dictating a plan (rule 32).
import { ruleLabel } from '../../helpers';

const has = (text: string, signal: string): boolean => ruleLabel(text).signals.includes(signal);

describe('signals in the forms a report uses', () => {
  it('reads deliberating between interventions in the plural, in both languages', () => {
    assert.ok(has('Ik vraag me af of ik de juiste interventies kies.', 'intervention-focus'));
    assert.ok(has('I kept wondering whether I had picked the right interventions.', 'intervention-focus'));
  });
  it('reads the coach preparing at length, filling in for the coachee and dictating a plan', () => {
    assert.ok(has('Ik bereid me steeds langer voor, laatst wel twee uur voor één gesprek.', 'working-hard'));
    assert.ok(has('Sanne zegt vaak dat ze het niet weet, en dan ga ik invullen.', 'working-hard'));
    assert.ok(has('Vorige week heb ik haar praktisch een stappenplan gedicteerd.', 'expert-role'));
    assert.ok(has('I ended up dictating the whole plan to him.', 'expert-role'));
    // The coachee preparing at length is her own doing.
    assert.ok(!has('Ze bereidt zich lang voor op gesprekken.', 'working-hard'));
  });
});
