import type { Language, SignalName } from '../../core/types';
import { defineRule, type Rule } from '../rule';

/** A sentence-level signal rule: fires on every sentence the labeller gave this signal. */
export function signalRule(
  name: SignalName,
  description: Record<Language, string>,
  messages: Rule['messages'],
  question: Record<Language, string>,
): Rule {
  return defineRule({
    id: `signal/${name}`,
    severity: 'information',
    description,
    messages,
    question,
    *check({ sentences }) {
      for (const sentence of sentences) {
        const reason = sentence.why.signals[name];
        if (reason) yield { range: sentence.range, cues: reason.words, sentence };
      }
    },
  });
}
