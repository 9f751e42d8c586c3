import assert from 'node:assert/strict';
import { trusted } from '../../../server/src/core/learned/apply';
import {
  decide,
  prepareModel,
  shownPrecision,
  weightiestWords,
  type Model,
} from '../../../server/src/core/learned/model';
import { analyzeReport } from '../../../server/src/kracht';
import { defaultSettings } from '../../../server/src/core/settings';
import { signalNames } from '../../../server/src/core/types';
import { modelFile } from './model-files';

// A model that knows one word: "gedurfd" pushes valence to strength and marks intervention-focus.
function tinyModel(trust = 0.5, cutoff = 0.6): Model {
  const row = (valence: number[], signal = 0): number[] => [
    ...valence,
    0,
    0,
    0,
    ...signalNames.map((s) => (s === 'intervention-focus' ? signal : -4)),
  ];
  return prepareModel(
    modelFile({
      trust: { valence: trust, focus: 1.01 },
      cutoffs: { 'intervention-focus': cutoff },
      precision: {
        'intervention-focus': [
          [0.6, 0.8],
          [0.95, 0.9],
        ],
      },
      weights: { bias: row([0, 0, 0]), 'w:nl:gedurfd': row([3, 0, 0], 5) },
    }),
  );
}

/** A model that knows only its bias: the same valence and focus scores for every sentence, no signal. */
function biasModel(scores: number[], trust: Model['trust'], valenceRulesStand?: string[]): Model {
  return prepareModel(
    modelFile({ trust, valenceRulesStand, weights: { bias: [...scores, ...signalNames.map(() => -4)] } }),
  );
}

describe('learned layer: what the rules decide by kind', () => {
  it('leaves a speaker-labelled line, a remark about coaching in general and a coach clause beside a coachee clause to the rules, however sure the model is (rules 6, 22, 27)', () => {
    const model = biasModel([0, 0, 0, 6, 0, 0], { valence: 1.01, focus: 0.5 });
    const text =
      '# Sessie 4\n\nC: Ik weet echt niet wat ik nog moet proberen.\n\nZe vertelde over haar werk.\n\nEen goede coach blijft verantwoordelijk voor de inzet, niet voor het herstel.\n\nIk heb hem niets aangeraden; hij had de antwoorden zelf.\n';
    const focus = analyzeReport(text, defaultSettings, { model }).sentences.map((s) => s.focus);
    // The model overrules an ordinary sentence: it is sure enough to. A coach clause beside a coachee clause stays
    // neutral (rule 22).
    assert.deepEqual(focus, ['coachee', 'coach', 'neutral', 'neutral']);
  });
});

describe('learned layer: the model', () => {
  it('turns summed weights into softmax probabilities and names the words behind them', () => {
    const tokens = [
      { at: 0, norm: 'gedurfd' },
      { at: 8, norm: 'onbekend' },
    ];
    const features = {
      names: ['bias', 'w:nl:gedurfd', 'w:nl:onbekend'],
      nameSpans: [-1, -1, 0, 0, 1, 1],
      parts: [],
      partSpans: [],
      text: 'gedurfd onbekend',
      tokens,
    };
    const decided = decide(tinyModel(), features);
    const e3 = Math.exp(3);
    assert.equal(decided.valence.label, 'strength');
    assert.ok(Math.abs(decided.valence.probabilities.strength - e3 / (e3 + 2)) < 1e-12);
    assert.ok(Math.abs(decided.signals['intervention-focus']!.probability - 1 / (1 + Math.exp(-5))) < 1e-12);
    assert.equal(decided.signals['intervention-focus']!.shown, true);
    assert.equal(decided.signals['expert-role']!.shown, false);
    assert.deepEqual(weightiestWords(tinyModel(), features, 'strength'), ['gedurfd']);
    assert.deepEqual(weightiestWords(tinyModel(), features, 'weakness'), []);
  });
  it('overrules the rules only where it is at least as sure as its trust level', () => {
    assert.equal(trusted('neutral', { strength: 0.45, weakness: 0.2, neutral: 0.35 }, 0.5), 'neutral');
    assert.equal(trusted('neutral', { strength: 0.55, weakness: 0.1, neutral: 0.35 }, 0.5), 'strength');
    assert.equal(trusted('neutral', { strength: 0.9, weakness: 0.05, neutral: 0.05 }, 1.01), 'neutral');
  });
  it('gives the learned label in the analysis, explained by its words, and the rules’ label without a model', () => {
    const text = 'Ze heeft het bij mij gedurfd.';
    const ruled = analyzeReport(text, defaultSettings, { model: null }).sentences[0]!;
    const learned = analyzeReport(text, defaultSettings, { model: tinyModel(0.5) }).sentences[0]!;
    assert.equal(learned.valence, 'strength');
    assert.ok(learned.probability.valence.strength! > 0.9);
    assert.deepEqual(ruled.probability.valence, { [ruled.valence]: 1 });
    assert.deepEqual(learned.signals, ['intervention-focus']);
    assert.equal(learned.why.signals['intervention-focus']!.rule, 'learned from labelled reports');
    assert.deepEqual(learned.why.signals['intervention-focus']!.words, ['gedurfd']);
    // Shown at p = 0.993: held out, nine in ten warnings from 0.95 up were right.
    assert.deepEqual(learned.probability.precision, { 'intervention-focus': 0.9 });
  });
  it('reads a word by the model at hand, whichever model read it last (the rows kept on the word)', () => {
    const text = 'Ze heeft het bij mij gedurfd.';
    const valence = (model: Model): string => analyzeReport(text, defaultSettings, { model }).sentences[0]!.valence;
    const bold = tinyModel(0.5);
    const doubting = prepareModel(
      modelFile({
        trust: { valence: 0.5, focus: 1.01 },
        weights: { 'w:nl:gedurfd': [0, 6, 0, 0, 0, 0, ...signalNames.map(() => -4)] },
      }),
    );
    for (let round = 0; round < 2; round++) {
      assert.equal(valence(bold), 'strength');
      assert.equal(valence(doubting), 'weakness');
    }
  });
  it('says how often a warning shown at a probability was right held out, from the step at or below it', () => {
    const model = tinyModel();
    assert.equal(shownPrecision(model, 'intervention-focus', 0.59), undefined);
    assert.equal(shownPrecision(model, 'intervention-focus', 0.6), 0.8);
    assert.equal(shownPrecision(model, 'intervention-focus', 0.94), 0.8);
    assert.equal(shownPrecision(model, 'intervention-focus', 0.97), 0.9);
    assert.equal(shownPrecision(model, 'expert-role', 0.97), undefined);
  });
  it('shows a signal only from its cut-off, and leaves a signal without one to the rules', () => {
    const text = 'Ze heeft het bij mij gedurfd.';
    assert.deepEqual(analyzeReport(text, defaultSettings, { model: tinyModel(0.5, 0.999) }).sentences[0]!.signals, []);
    const advice = 'Ik heb haar geadviseerd om eerst met haar leidinggevende te praten.';
    const rules = analyzeReport(advice, defaultSettings, { model: null }).sentences[0]!.signals;
    assert.ok(rules.includes('expert-role'));
    assert.deepEqual(
      analyzeReport(advice, defaultSettings, { model: tinyModel() }).sentences[0]!.signals,
      rules.filter((s) => s !== 'intervention-focus'),
    );
  });
  it('shows no signal of behaviour without its cue in a sentence that points back (rules 29, 33)', () => {
    const shown = (text: string): string[] =>
      analyzeReport(text, defaultSettings, { model: tinyModel() }).sentences[0]!.signals;
    assert.deepEqual(shown('Ze heeft het bij mij gedurfd.'), ['intervention-focus']);
    // A comment on what was told before, however sure the model is of its words.
    assert.deepEqual(shown('Dat was gedurfd van me.'), []);
  });
  it('shows no behaviour of the coach the rules did not find in a sentence about the coachee naming no coach', () => {
    const shown = (text: string): string[] =>
      analyzeReport(text, defaultSettings, { model: tinyModel() }).sentences[0]!.signals;
    assert.deepEqual(shown('Ze heeft het gedurfd.'), []);
    assert.deepEqual(shown('Ze heeft het bij mij gedurfd.'), ['intervention-focus']);
  });
  it("shows the rules' finding of a signal the model is unsure of where held-out voices found it precise, with that precision", () => {
    const advice = 'Ik heb haar geadviseerd om eerst met haar leidinggevende te praten.';
    const unsure = (rulesStand?: Model['rulesStand']): Model => ({
      ...tinyModel(),
      cutoffs: { 'expert-role': 0.999 },
      rulesStand,
    });
    assert.ok(
      !analyzeReport(advice, defaultSettings, { model: unsure() }).sentences[0]!.signals.includes('expert-role'),
    );
    const stood = analyzeReport(advice, defaultSettings, { model: unsure({ 'expert-role': 0.9 }) }).sentences[0]!;
    assert.ok(stood.signals.includes('expert-role'));
    assert.equal(stood.probability.precision?.['expert-role'], 0.9);
    assert.ok(stood.why.signals['expert-role']!.words.length > 0, 'named by the rules’ own words');
  });
  it("keeps the rules' valence where held-out voices showed the model's change of it mostly wrong", () => {
    // A model sure of neutral everywhere: it overrules the rules' weakness unless that change stands.
    const neutral = (valenceRulesStand?: string[]): Model =>
      biasModel([0, 0, 6, 0, 0, 0], { valence: 0.5, focus: 1.01 }, valenceRulesStand);
    const problem = 'Ze voelt zich opgebrand en twijfelt aan alles.';
    assert.equal(analyzeReport(problem, defaultSettings, { model: null }).sentences[0]!.valence, 'weakness');
    assert.equal(analyzeReport(problem, defaultSettings, { model: neutral() }).sentences[0]!.valence, 'neutral');
    const stood = analyzeReport(problem, defaultSettings, { model: neutral(['weakness→neutral']) }).sentences[0]!;
    assert.equal(stood.valence, 'weakness');
    assert.notEqual(stood.why.valence.rule, 'learned from labelled reports');
    // Another change is the model's still.
    const strength = 'Ze heeft het gesprek met haar leidinggevende zelf voorbereid en gevoerd.';
    assert.equal(analyzeReport(strength, defaultSettings, { model: null }).sentences[0]!.valence, 'strength');
    assert.equal(
      analyzeReport(strength, defaultSettings, { model: neutral(['weakness→neutral']) }).sentences[0]!.valence,
      'neutral',
    );
  });
  it('gives every sentence of a report a probability for each class that sums to one (bundled model)', () => {
    const analysis = analyzeReport(
      '# Sessie\n\nZe twijfelt over alles. Ik gaf haar drie tips.\n\nShe decided to call her manager herself.\n',
    );
    assert.equal(analysis.sentences.length, 3);
    for (const sentence of analysis.sentences) {
      for (const distribution of [sentence.probability.valence, sentence.probability.focus]) {
        const values = Object.values(distribution);
        assert.equal(values.length, 3);
        assert.ok(Math.abs(values.reduce((a, b) => a + b, 0) - 1) < 1e-9);
      }
      for (const signal of sentence.signals) assert.ok(sentence.probability.signals[signal]! > 0);
    }
  });
});

describe('learned layer: reading a model file', () => {
  it('reads whole thousandths exactly and refuses a weight off that grid or beyond ±32.767, naming the feature', () => {
    const file = (weight: number): Parameters<typeof prepareModel>[0] =>
      modelFile({
        trust: { valence: 0.5, focus: 0.5 },
        weights: { 'w:nl:gedurfd': [weight, 0, 0, 0, 0, 0, ...signalNames.map(() => 0)] },
      });
    const features = {
      names: ['w:nl:gedurfd'],
      nameSpans: [0, 0],
      parts: [],
      partSpans: [],
      text: 'gedurfd',
      tokens: [{ at: 0, norm: 'gedurfd' }],
    };
    const strength = decide(prepareModel(file(-1.237)), features).valence.probabilities.strength;
    assert.ok(Math.abs(strength - Math.exp(-1.237) / (Math.exp(-1.237) + 2)) < 1e-12);
    assert.throws(() => prepareModel(file(0.0005)), /w:nl:gedurfd .*0\.0005/);
    assert.throws(() => prepareModel(file(40)), /w:nl:gedurfd .*±32\.767/);
  });
});
