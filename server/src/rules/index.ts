import type { Rule } from './rule';
import type { SignalDecider } from '../core/signals';
import { signalNames } from '../core/types';
import strengthWeakness from './balance/strength-weakness';
import coachCoachee from './balance/coach-coachee';
import appreciation from './signal/appreciation';
import expertRole from './signal/expert-role';
import interventionFocus from './signal/intervention-focus';
import outcomeResponsibility from './signal/outcome-responsibility';
import resistanceFraming from './signal/resistance-framing';
import ungroundedInterpretation from './signal/ungrounded-interpretation';
import workingHard from './signal/working-hard';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = [
  coachCoachee,
  strengthWeakness,
  appreciation,
  expertRole,
  interventionFocus,
  outcomeResponsibility,
  resistanceFraming,
  ungroundedInterpretation,
  workingHard,
  // Ids are ASCII: compared by code unit, which needs no collator (building one was a twentieth of a CLI run).
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The signal rules' decisions, in the order of the signals (core/types.ts): what the labeller asks of a sentence. */
export const signalDeciders: readonly SignalDecider[] = signalNames.flatMap((signal) => {
  const decide = rules.find((rule) => rule.signal === signal)?.decide;
  return decide ? [{ signal, decide }] : [];
});

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
