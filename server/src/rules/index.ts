import type { Rule } from './rule';
import type { SignalDecider } from '../core/signals';
import { signalNames } from '../core/types';
import { ruleModules } from './registry';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = [...ruleModules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The signal rules' decisions, in the order of the signals (core/types.ts): what the labeller asks of a sentence. */
export const signalDeciders: readonly SignalDecider[] = signalNames.flatMap((signal) => {
  const decide = rules.find((rule) => rule.signal === signal)?.decide;
  return decide ? [{ signal, decide }] : [];
});

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
