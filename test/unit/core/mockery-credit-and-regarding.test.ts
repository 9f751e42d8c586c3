// A third party joking about the coachee, the coachee crediting the coach for how far she came, and the coach seeing
// something as something else (rules 16, 17, 19, 34).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('joking about the coachee', () => {
  it('by a third party is mockery, a problem (rule 17)', () => {
    assertRuleLabels(
      [
        inEnglish('A colleague has been making jokes about her accent in front of clients for months.'),
        'Een collega maakt al maanden grapjes over haar accent waar klanten bij zijn.',
      ],
      'valence',
      'weakness',
    );
  });
  it('by the coachee about her own nerves stays lightness (rule 9)', () => {
    assertRuleLabels([inEnglish('She made jokes about her own nerves.')], 'valence', 'strength');
  });
});

describe('the coachee saying she would never have come this far without the coach', () => {
  it('is appreciation, neutral (rules 16, 34)', () => {
    for (const text of [
      'Ze zei dat ze zonder mij nooit zo ver was gekomen.',
      inEnglish("She said she couldn't have done it without me."),
    ]) {
      const labels = ruleLabel(text);
      assert.equal(labels.valence, 'neutral', text);
      assert.deepEqual(labels.signals, ['appreciation'], text);
    }
  });
});

describe('the coach seeing something as something else', () => {
  it('is a frame of opinion: the coach (rule 19)', () => {
    assertRuleLabels([inEnglish('I see her forgetting the homework again as sabotage.')], 'focus', 'coach');
  });
  it('not a perception with a comparison in what was seen', () => {
    assertRuleLabels(
      [inEnglish('I saw that she was as calm as ever.'), 'Ik zag dat ze even rustig was als altijd.'],
      'focus',
      'coachee',
    );
  });
});

describe('understaffing, decisions put off and requests granted', () => {
  it('are a setback and a success in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('The ward is so understaffed that he skips his breaks every shift.'),
        'Het team schuift beslissingen steeds door naar de volgende vergadering.',
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['Hij heeft zijn leidinggevende gevraagd om minder nachtdiensten, en dat is toegekend.'],
      'valence',
      'strength',
    );
  });
});
