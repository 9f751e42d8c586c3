import assert from 'node:assert/strict';
// Performing below one's level, freezing, comparing oneself with others and judging quickly are problems; a hard
// worker is a quality, not a hardship; "ervaren" as a verb is no experience (rule table, rule 33).
import { assertRuleLabels, ruleLabel } from '../../helpers';

describe('form and comparison', () => {
  it('reads performing below her best, freezing and comparing herself as a problem, in both languages', () => {
    assertRuleLabels(
      [
        'Her times are still well off her best.',
        'She freezes on the start line.',
        'He has been out of form since October.',
        'She compares herself constantly with her training partner.',
        'When he falls behind, he gets down on himself.',
        'Ze is nog niet op haar best.',
        'Hij bevriest zodra de scheidsrechter fluit.',
        'Ze vergelijkt zichzelf steeds met haar teamgenoten.',
        'Hij raakte achterop en kraakte zichzelf af.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a lazy or careless coachee', () => {
  it('reads laziness and carelessness as a problem', () => {
    assertRuleLabels(
      ['He can be lazy about his homework.', 'Ze werkt slordig.', 'Hij is gemakzuchtig.'],
      'valence',
      'weakness',
    );
  });
});

describe('judging quickly', () => {
  it('reads judging quickly and leaving no room for dissent as a problem', () => {
    assertRuleLabels(
      [
        'His team says he jumps to conclusions.',
        'She leaves little room for other views.',
        'Ze ervaren hem als iemand die snel oordeelt en weinig ruimte laat voor tegenspraak.',
        'Hij valt mensen vaak in de rede.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a hard worker and an experienced colleague', () => {
  it('reads a hard worker as a quality, not as something hard', () => {
    assertRuleLabels(['She is a hard worker.', 'Hij is een harde werker.'], 'valence', 'strength');
  });
  it('reads "ervaren" as experienced only as an adjective', () => {
    assert.equal(ruleLabel('Ze is een zeer ervaren verpleegkundige.').valence, 'strength');
    assert.equal(ruleLabel('We bespraken hoe ze het overleg hebben ervaren.').valence, 'neutral');
  });
});

describe('a label with "basically" or "eigenlijk gewoon"', () => {
  it('is an interpretation without grounds', () => {
    assert.ok(ruleLabel('Hij is eigenlijk gewoon onzeker.').signals.includes('ungrounded-interpretation'));
    assert.ok(ruleLabel('He is basically lazy.').signals.includes('ungrounded-interpretation'));
  });
});
