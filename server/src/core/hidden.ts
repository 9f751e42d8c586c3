import { fnv1a } from './fnv1a';

/** A finding the coach chose to hide: kept in settings by rule and sentence, never written into the report. */
export interface HiddenFinding {
  rule: string;
  /** The sentence's key (sentenceKey): the same words hide it again after a reflow or a move. */
  sentence: string;
  /** Where it was hidden, only to list it by (the report's path); the key alone decides. */
  file?: string;
}

/**
 * The key of a sentence's text: FNV-1a over its words, white space folded, in eight hex digits. Short on
 * purpose: the settings keep no words of a confidential report, only this; two sentences a coach hides
 * sharing a key is a one-in-four-billion chance per pair.
 */
export function sentenceKey(text: string): string {
  return fnv1a(text.replace(/\s+/gu, ' ').trim()).toString(16).padStart(8, '0');
}

/** The hidden findings as look-up keys ("signal/expert-role 1a2b3c4d"). */
export function hiddenKeys(hidden: readonly HiddenFinding[]): ReadonlySet<string> {
  return new Set(hidden.map((h) => `${h.rule} ${h.sentence}`));
}
