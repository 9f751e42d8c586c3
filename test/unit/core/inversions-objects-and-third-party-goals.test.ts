// Reflexive verbs after an inverted subject, "to" as a preposition, a third party's goal, and notes that name the
// coachee only as the one acted on (rules 9, 13, 17, 25).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleLabel } from '../../helpers';

describe('a Dutch reflexive verb after an opening phrase', () => {
  it('is matched with its subject between verb and "zich"', () => {
    assertRuleLabels(
      [
        'Op haar vijftigste vraagt ze zich af of ze nog wel kan overstappen naar het onderwijs.',
        'Sindsdien verzet hij zich tegen elke verandering.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('"to" before an object or a determiner', () => {
  it('opens no clause: what follows is the topic of the phrase before it', () => {
    // Others coming to her for advice is recognition (rule 17); the cases they bring do not outweigh it.
    assert.notEqual(
      ruleLabel(inEnglish('Her colleagues come to her for advice on difficult cases.')).valence,
      'weakness',
    );
  });
});

describe('a goal', () => {
  it('of a third party is their plan, neutral (rule 17)', () => {
    assertRuleLabels(
      [
        inEnglish('Her manager wants to discuss the budget in March.'),
        inEnglish('Her oncologist wants to review the scans in March.'),
      ],
      'valence',
      'neutral',
    );
  });
  it('of the coachee stays the question she brings (rule 13)', () => {
    assertRuleLabels([inEnglish('Her goal is to become more assertive.')], 'valence', 'weakness');
  });
});

describe('a note that names the coachee only as the one acted on or for', () => {
  it('is the coach’s own act (rule 25)', () => {
    assertRuleLabels(
      [
        inEnglish('Spent an hour after the session drafting a job ad for her.'),
        inEnglish('Need him to pass the assessment this time.'),
      ],
      'focus',
      'coach',
    );
  });
  it('not when a thing is the subject or a feeling is told', () => {
    assertRuleLabels(
      [inEnglish('Not everything is easy for him yet.'), inEnglish('Feels that nobody listens to him.')],
      'focus',
      'coachee',
    );
  });
});

describe('a possessive that is never a subject', () => {
  it('is no subject after "and": the coach rewriting the coachee’s bullet points is the coach', () => {
    const labels = ruleLabel(inEnglish('I moved the section up and rewrote your bullet points.'));
    assert.equal(labels.focus, 'coach');
  });
});

describe('an English clause that "and" opens with a verb', () => {
  it('shares the subject before it', () => {
    assertRuleLabels(
      [inEnglish('I moved the section up and rewrote your bullet points so they start with what you achieved.')],
      'focus',
      'coach',
    );
  });
  it('not when a phrase comes before its own subject', () => {
    assertRuleLabels(
      [inEnglish('For weeks I gave him suggestions, and for weeks he did nothing with them.')],
      'focus',
      'neutral',
    );
  });
});

describe('words of composure, broken agreements and contracts not renewed', () => {
  it('are strengths and setbacks in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('He kept his cool when the client started shouting.'),
        'Hij hield het hoofd koel toen de klant begon te schreeuwen.',
        'Hij pakt zijn ruimte in het overleg.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels(
      [
        'De bank heeft zijn krediet niet verlengd.',
        inEnglish('Her contract was not renewed.'),
        'Haar ex houdt zich niet aan de omgangsregeling.',
        inEnglish('Her ex does not stick to the arrangement.'),
      ],
      'valence',
      'weakness',
    );
  });
});
