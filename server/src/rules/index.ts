import type { Rule } from './rule';
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
].sort((a, b) => a.id.localeCompare(b.id));

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
