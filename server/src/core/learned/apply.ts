import type { Labels } from '../label';
import type { ByKind } from '../logistics';
import { askingRule } from '../label/valence';
import { signalNames, type Sentence, type SignalName } from '../types';
import { ruleKind, type Features } from './features';
import { decide, shownPrecision, weightiestWords, type Model } from './model';
import { coachAbsent, refrainedOnly } from './rules-found-none';

const learnedRule = 'learned from labelled reports';

// Whose words a line is by its speaker label (rule 27), a remark about the report or about coaching in general
// (rule 6, "whatever their grammar"), and a coach clause beside a coachee clause (rule 22, neutral): the labelling
// rules decide these by kind or by clause, which the model's words cannot see (held out, 4 overrides of the first
// three, none right; 18 of the last, 5 right, most of them in one voice, so a choice per fold came and went).
const focusByKind: ReadonlySet<string> = new Set<
  ByKind['rule'] | 'speaker label' | 'a remark about coaching in general' | 'coach and coachee clauses'
>(['speaker label', 'a remark about the report', 'a remark about coaching in general', 'coach and coachee clauses']);

/**
 * Whether the rules' valence stands against the model's: where held-out voices showed the model's change wrong more
 * often than right, and where a sentence about the coach, or the coach and the coachee, names the coachee's problem
 * (rule 8: "I then explained the cost of avoidance again"), whose problem it is being grammar the model's words cannot
 * see (held out, its neutral there was wrong 7 times of 11).
 */
export function rulesValenceStands(
  model: Pick<Model, 'valenceRulesStand'>,
  rules: Pick<Sentence, 'valence' | 'focus'>,
  learned: Sentence['valence'],
): boolean {
  const coacheesProblem = rules.focus !== 'coachee' && rules.valence === 'weakness' && learned === 'neutral';
  return coacheesProblem || valenceRulesStand(model, rules.valence, learned);
}

/** Whether held-out voices showed the model's change from the rules' valence to its own wrong more often than right. */
export function valenceRulesStand(
  model: Pick<Model, 'valenceRulesStand'>,
  rules: Sentence['valence'],
  learned: Sentence['valence'],
): boolean {
  return model.valenceRulesStand?.includes(`${rules}→${learned}`) ?? false;
}

/**
 * A sentence's final labels: the learned decision where the model is used for it, the rules' elsewhere,
 * each with how sure the model is of the label given (1 where there is no model).
 */
export function learned(
  model: Model | null,
  labels: Labels,
  features: Features,
  toolRun: boolean,
): Pick<Sentence, 'valence' | 'focus' | 'signals' | 'why' | 'probability'> {
  let { valence, focus, signals, why } = labels;
  // A run of models or exercises (rule 30; the pipeline counts it) is working hard.
  if (toolRun && !signals.includes('working-hard')) {
    signals = [...signals, 'working-hard'];
    why = {
      ...why,
      signals: {
        ...why.signals,
        'working-hard': { rule: 'one model or exercise after another', words: [...new Set(labels.tools)] },
      },
    };
  }
  if (!model)
    return {
      valence,
      focus,
      signals,
      why,
      probability: {
        valence: certain(valence),
        focus: certain(focus),
        signals: Object.fromEntries(signals.map((s) => [s, 1])),
      },
    };
  const decided = decide(model, features);
  const learnedValence = trusted(valence, decided.valence.probabilities, model.trust.valence);
  // Who asks the coach is grammar the model's words cannot see (rule 15; held out, 3 of its 4 overrides wrong);
  // and where held-out voices showed the model's change of this valence wrong more often than right, the rules stand.
  const valenceStands =
    why.valence.rule === askingRule || rulesValenceStands(model, { valence, focus }, learnedValence);
  if (learnedValence !== valence && !valenceStands) {
    valence = learnedValence;
    why = { ...why, valence: { rule: learnedRule, words: weightiestWords(model, features, valence) } };
  }
  // Where held-out voices showed the model's overrides of this focus reason wrong more often than right, the rules
  // stand.
  const focusStands =
    (model.focusRulesStand?.includes(ruleKind(why.focus.rule)) ?? false) || focusByKind.has(ruleKind(why.focus.rule));
  const learnedFocus = focusStands ? focus : trusted(focus, decided.focus.probabilities, model.trust.focus);
  if (learnedFocus !== focus) {
    focus = learnedFocus;
    why = { ...why, focus: { rule: learnedRule, words: weightiestWords(model, features, focus) } };
  }
  const shown: SignalName[] = [];
  const reasons: Partial<Record<SignalName, Sentence['why']['signals'][SignalName]>> = {};
  const probabilities: Partial<Record<SignalName, number>> = {};
  const precision: Partial<Record<SignalName, number>> = {};
  for (const name of signalNames) {
    const learnedSignal = decided.signals[name];
    const byModel = learnedSignal !== undefined && (model.cutoffs[name] ?? 2) <= 1;
    // Precision first: where the mechanisms ruled the behaviour out (its only cue negated, an imperative
    // that is a note to self), the model may not show it.
    const ruled = signals.includes(name);
    // Where held-out voices showed the rules' own finding precise, it stands though the model is unsure.
    // So does an interpretation told by where it stands, under a heading of them: structure the words cannot show.
    const stands =
      (model.rulesStand?.[name] !== undefined ||
        (name === 'ungrounded-interpretation' && underInterpretations(features))) &&
      labels.signals.includes(name);
    const on = byModel
      ? (learnedSignal.shown && (ruled || (!ruledOut(features, name) && !coachAbsent(features, name, focus)))) || stands
      : ruled;
    if (!on) continue;
    shown.push(name);
    reasons[name] = why.signals[name] ?? { rule: learnedRule, words: weightiestWords(model, features, name) };
    probabilities[name] = learnedSignal?.probability ?? 1;
    const right =
      byModel && learnedSignal
        ? learnedSignal.shown
          ? shownPrecision(model, name, learnedSignal.probability)
          : model.rulesStand?.[name]
        : undefined;
    if (right !== undefined) precision[name] = right;
  }
  return {
    valence,
    focus,
    signals: shown,
    why: { valence: why.valence, focus: why.focus, signals: reasons },
    probability: {
      valence: decided.valence.probabilities,
      focus: decided.focus.probabilities,
      signals: probabilities,
      precision,
    },
  };
}

// The signal-lexicon classes whose cues can stand for each signal (lexicons/<lang>/signals.json).
// A signal's own class by default; these read others as well.
const cueClasses: Partial<Record<SignalName, readonly string[]>> = {
  'expert-role': ['expert-role', 'expert-ask', 'asks-in-quote', 'advice', 'suggestion'],
  'ungrounded-interpretation': ['interpretation', 'advice'],
};

const coacheeOwn = new Set(['expert-ask', 'asks-in-quote']);
// Signals the model may show only beside a cue of theirs (their rules' words, or the rules' finding itself).
const needsCue: Partial<Record<SignalName, readonly string[]>> = {
  'resistance-framing': ['resistance-framing'],
  'expert-role': cueClasses['expert-role']!,
};

// A sentence that opens pointing back ("Dat had ik niet moeten doen", "This is seen as …") with no cue of its own
// comments on behaviour told elsewhere (rule 29), or is grounded by what it points at (rule 33).
const pointedAt: ReadonlySet<SignalName> = new Set([
  'working-hard',
  'intervention-focus',
  'expert-role',
  'ungrounded-interpretation',
]);

/**
 * Whether the mechanisms ruled a signal out: its cues all negated, quoted, pointing back at behaviour told elsewhere,
 * frames of an opinion not about the coachee or fears the coachee's word owns, an imperative they took for a note to
 * self, no cue at all in a sentence that points back, or none at all of a signal that needs one (needsCue).
 */
function ruledOut(features: Features, signal: SignalName): boolean {
  const classes = cueClasses[signal] ?? [signal];
  if (signal === 'expert-role' && coacheesOwnActs(features)) return true;
  if (refrainedOnly(features, signal)) return true;
  // A ground named in the sentence ("die in bijna elke zin doorklonk", "because she said so"), or a pointer that opens
  // it and links it to the observation before ("Dat is weerstand", "That tells me …"): the rules read it grounded
  // (rule 33), and the model may not call it ungrounded.
  if (signal === 'ungrounded-interpretation' && groundedByWords(features)) return true;
  // A cue of the coach's behaviour in someone else's quotation is their words, not the coach's act (rule 27);
  // thanks and asking the coach are the coachee's own, quoted or not.
  const quotedAt = new Set<number>();
  for (let i = 0; i < features.parts.length && signal !== 'appreciation'; i += 2) {
    const atom = features.parts[i + 1]!;
    if (features.parts[i] === 'sh:quoted:' && classes.includes(atom) && !coacheeOwn.has(atom))
      quotedAt.add(features.partSpans[i]!);
  }
  let negated = false;
  let imperative = false;
  let pointerOpens = false;
  for (let i = 0; i < features.parts.length; i += 2) {
    const prefix = features.parts[i];
    const atom = features.parts[i + 1]!;
    if (prefix === 'sh:' && classes.includes(atom) && !quotedAt.has(features.partSpans[i]!)) return false;
    if (
      (prefix === 'sh:neg:' || prefix === 'sh:aside:' || prefix === 'sh:back:' || prefix === 'sh:theirs:') &&
      classes.includes(atom)
    )
      negated = true;
    if (prefix === 'frule:' && atom === 'imperative') imperative = true;
    if (prefix === 'sh:' && atom === 'pointer' && features.partSpans[i] === 0) pointerOpens = true;
  }
  // Resistance framed is the framing words themselves (rule 35): without one of its cues the model may not show it.
  const needed = needsCue[signal];
  if (needed && !features.parts.some((atom, i) => i % 2 === 1 && needed.includes(atom))) return true;
  return (
    negated ||
    quotedAt.size > 0 ||
    (imperative && (signal === 'expert-role' || signal === 'ungrounded-interpretation')) ||
    (pointerOpens && pointedAt.has(signal))
  );
}

/**
 * "He rewrote his CV and sent off two applications": where the rules read a sentence as the coachee's and found no
 * expert-role, the words of giving there are her own acts, not the coach's answers (rule 32); her asking is not.
 */
function coacheesOwnActs(features: Features): boolean {
  let coachees = false;
  for (let i = 0; i < features.parts.length; i += 2) {
    const prefix = features.parts[i];
    const atom = features.parts[i + 1]!;
    if (prefix === 'rf:' && atom === 'coachee') coachees = true;
    if ((prefix === 'rs:' && atom === 'expert-role') || coacheeOwn.has(atom)) return false;
  }
  return coachees;
}

/** Whether the sentence stands under a heading or colon line of the coach's interpretations ("Hypothesen"). */
function underInterpretations(features: Features): boolean {
  return features.context?.some((name) => name === 'sec:interpretation' || name === 'lead:interpretation') ?? false;
}

/** The model's label where it is at least `trust` sure of another label than the rules', else the rules'. */
export function trusted<C extends string>(rules: NoInfer<C>, probabilities: Record<C, number>, trust: number): C {
  let best = rules;
  for (const [label, p] of Object.entries(probabilities) as [C, number][]) if (p > probabilities[best]) best = label;
  return best !== rules && probabilities[best] >= trust ? best : rules;
}

/** A label given without a model: certain of it. */
function certain<C extends string>(label: C): Partial<Record<C, number>> {
  return { [label]: 1 } as Partial<Record<C, number>>;
}

function groundedByWords(features: Features): boolean {
  for (let i = 0; i < features.parts.length; i += 2) {
    if (features.parts[i] !== 'sh:') continue;
    const atom = features.parts[i + 1];
    if (atom === 'ground' || (atom === 'pointer' && features.partSpans[i] === 0)) return true;
  }
  return false;
}
