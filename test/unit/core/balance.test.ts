import assert from 'node:assert/strict';
import { balanceOf } from '../../../server/src/core/balance';
import { summarize, type ReportSummary } from '../../../server/src/core/summary';
import { signalNames, type Balance } from '../../../server/src/core/types';
import { ruleAnalyze } from '../../helpers';

describe('balance', () => {
  it('counts words per class and computes both shares', () => {
    const balance = balanceOf([
      { words: 6, valence: 'strength', focus: 'coachee' },
      { words: 4, valence: 'weakness', focus: 'coach' },
      { words: 5, valence: 'neutral', focus: 'neutral' },
    ]);
    assert.deepEqual(balance, {
      strengthWords: 6,
      weaknessWords: 4,
      coachWords: 4,
      coacheeWords: 6,
      strengthShare: 0.6,
      coacheeShare: 0.6,
    });
  });
  it('counts each sentence by how sure the model is, where the label is its most likely class', () => {
    const unsure = {
      words: 10,
      valence: 'strength' as const,
      focus: 'coachee' as const,
      probability: {
        valence: { strength: 0.6, weakness: 0.3, neutral: 0.1 },
        focus: { coachee: 0.8, coach: 0.1, neutral: 0.1 },
        signals: {},
      },
    };
    const sure = {
      words: 10,
      valence: 'weakness' as const,
      focus: 'coach' as const,
      probability: { valence: { weakness: 1 }, focus: { coach: 1 }, signals: {} },
    };
    assert.deepEqual(balanceOf([unsure, sure]), {
      strengthWords: 6,
      weaknessWords: 13,
      coachWords: 11,
      coacheeWords: 8,
      strengthShare: 0.316,
      coacheeShare: 0.421,
    });
    // A label given against the model (the rules stood) counts in full.
    const stood = { ...unsure, valence: 'weakness' as const };
    assert.deepEqual([balanceOf([stood]).strengthWords, balanceOf([stood]).weaknessWords], [0, 10]);
  });
  it('gives null shares when both counts are zero, or no sentence is labelled on either side', () => {
    assert.deepEqual(balanceOf([{ words: 3, valence: 'neutral', focus: 'neutral' }]).strengthShare, null);
    // The model is a little unsure of a neutral sentence: no share of strengths out of that alone.
    const unsure = {
      words: 10,
      valence: 'neutral' as const,
      focus: 'coach' as const,
      probability: {
        valence: { neutral: 0.9, strength: 0.06, weakness: 0.04 },
        focus: { coach: 0.9, coachee: 0.1 },
        signals: {},
      },
    };
    assert.deepEqual([balanceOf([unsure]).strengthShare, balanceOf([unsure]).coacheeShare], [null, 0.1]);
  });
  it('counts a sentence shown as neutral for neither side, however unsure the model was of it', () => {
    const neutral = {
      words: 10,
      valence: 'neutral' as const,
      focus: 'neutral' as const,
      probability: {
        valence: { neutral: 0.5, strength: 0.4, weakness: 0.1 },
        focus: { neutral: 0.5, coachee: 0.4, coach: 0.1 },
        signals: {},
      },
    };
    const weakness = { words: 10, valence: 'weakness' as const, focus: 'coach' as const };
    assert.deepEqual(balanceOf([neutral, weakness]), {
      strengthWords: 0,
      weaknessWords: 10,
      coachWords: 10,
      coacheeWords: 0,
      strengthShare: 0,
      coacheeShare: 0,
    });
  });
  it('keeps a balance per heading section', () => {
    const analysis = ruleAnalyze('# Goed\n\nZe besloot zelf te bellen.\n\n# Lastig\n\nHij voelt zich onzeker.\n');
    const byHeading = Object.fromEntries(
      analysis.sections.filter((s) => s.heading).map((s) => [s.heading, s.balance.strengthShare]),
    );
    assert.deepEqual(byHeading, { Goed: 1, Lastig: 0 });
  });
});

describe('a coachee’s shares over their reports', () => {
  const report = (path: string, balance: Partial<Balance>): ReportSummary => ({
    path,
    coachee: 'Sanne',
    date: '2026-01-02',
    words: 20,
    signals: Object.fromEntries(signalNames.map((s) => [s, 0])) as ReportSummary['signals'],
    mostTelling: null,
    strengthWords: 0,
    weaknessWords: 0,
    coachWords: 0,
    coacheeWords: 0,
    strengthShare: null,
    coacheeShare: null,
    ...balance,
  });
  it('has no share where none of the reports has one, however unsure their neutral sentences were', () => {
    const neutral = report('a.md', {
      strengthWords: 0.4,
      weaknessWords: 0.2,
      coachWords: 3,
      coacheeWords: 15,
      coacheeShare: 0.833,
    });
    const [sanne] = summarize([neutral, { ...neutral, path: 'b.md' }]).coachees;
    assert.deepEqual([sanne!.strengthShare, sanne!.coacheeShare], [null, 0.833]);
    const valenced = report('c.md', { strengthWords: 9.6, weaknessWords: 0.4, strengthShare: 0.96 });
    assert.equal(summarize([neutral, valenced]).coachees[0]!.strengthShare, 0.943);
  });
});
