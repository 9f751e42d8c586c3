import type { Language, SignalName } from '../../core/types';
import type { SignalDecider } from '../../core/signals';
import { defineRule, type Match, type Rule } from '../rule';

/**
 * A sentence-level signal rule: its decision, which the labeller asks of every sentence with a cue, and the
 * finding on every sentence the labeller (and the learned layer) gave this signal.
 */
export function signalRule(
  name: SignalName,
  title: Record<Language, string>,
  description: Record<Language, string>,
  messages: Rule['messages'],
  question: Record<Language, string>,
  decide: SignalDecider['decide'],
): Rule {
  return defineRule({
    id: `signal/${name}`,
    kind: 'signal',
    signal: name,
    decide,
    title,
    severity: 'information',
    description,
    messages,
    question,
    check({ sentences }) {
      const matches: Match[] = [];
      for (const sentence of sentences) {
        // Most sentences show no signal: skip them before looking up a reason by name.
        if (sentence.signals.length === 0) continue;
        const reason = sentence.why.signals[name];
        if (reason) matches.push({ range: sentence.range, cues: reason.words, sentence });
      }
      return matches;
    },
  });
}
