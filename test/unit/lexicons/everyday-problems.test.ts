import assert from 'node:assert/strict';
// Problems told in everyday words, by semantic field, in both languages (rules 7, 10, 17).
import { ruleLabel } from '../../helpers';

const valence = (sentence: string): string => ruleLabel(sentence).valence;

describe('everyday problem vocabulary', () => {
  it('reads pressure from others as a problem of the coachee’s situation (rule 17)', () => {
    for (const sentence of [
      'She describes him as dismissive.',
      'Her manager is condescending in meetings.',
      'He micromanages the whole team.',
      'Hij noemt zijn leidinggevende kleinerend.',
      'Haar collega viel haar af in het overleg.',
      'Zijn directeur is neerbuigend.',
    ])
      assert.equal(valence(sentence), 'weakness', sentence);
  });
  it('reads overdoing (over-apologising, overthinking, overcommitting) as a problem', () => {
    for (const sentence of [
      'She tends to over-apologise when challenged.',
      'He overcommits and then misses deadlines.',
      'Hij overanalyseert elke beslissing.',
      'Ze verontschuldigt zich voortdurend.',
      'Dat rollenspel heeft ze afgehouden.',
      'He brushed off every suggestion.',
    ])
      assert.equal(valence(sentence), 'weakness', sentence);
  });
  it('reads a step half done and time run out as a step not fully taken (rule 10)', () => {
    for (const sentence of [
      'Her homework, the stakeholder map, was half done.',
      'She said she ran out of time.',
      'De opdracht was maar half gedaan.',
      'Het huiswerk was half af.',
    ])
      assert.equal(valence(sentence), 'weakness', sentence);
  });
  it('reads little room for what matters as an obstacle, and a turning point or a shift as progress', () => {
    assert.equal(valence('Hij herkende dat zijn huidige functie daar weinig ruimte voor biedt.'), 'weakness');
    assert.equal(valence('His role leaves little room for what he values.'), 'weakness');
    assert.equal(valence('Dat gesprek was voor haar een keerpunt.'), 'strength');
    assert.equal(valence('Something shifted in how she talks about her manager.'), 'strength');
    assert.equal(valence('Er is iets verschoven in hoe hij naar zijn werk kijkt.'), 'strength');
    // A work shift or an appointment moved is no progress.
    assert.equal(valence('Her shift starts at seven.'), 'neutral');
    assert.equal(valence('De afspraak is verschoven naar vrijdag.'), 'neutral');
  });
  it('reads the coachee as what holds the work up as a problem, in both languages', () => {
    for (const sentence of ['Told him straight: he is the bottleneck.', 'Zij is het struikelblok in het project.'])
      assert.equal(valence(sentence), 'weakness', sentence);
  });
});
