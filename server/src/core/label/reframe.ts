import { functionWordsIn } from '../../lexicons';
import type { Token } from '../words';
import type { Language } from '../types';

/**
 * "Ik dacht dat nee zeggen egoïstisch was. Nu denk ik: …", "Earlier I was thinking I have to know
 * everything. Now I am thinking …": a way of thinking told against the one before it is a reframe, a
 * strength whatever its words (rule 12). The old thought's token and the span "now … thought", or null.
 */
export function reframeSpan(
  tokens: readonly Token[],
  language: Language,
): { old: number; now: { first: number; last: number } } | null {
  const { pastThinking, presentThinking, nowMarkers } = functionWordsIn[language];
  const old = tokens.findIndex((token) => pastThinking.has(token.norm));
  if (old < 0) return null;
  for (let t = old + 2; t < tokens.length; t++) {
    if (!nowMarkers.has(tokens[t]!.norm)) continue;
    // "nu denk ik", "now I think", "now I am thinking": the new thought within three words of "now".
    for (let k = t + 1; k <= t + 3 && k < tokens.length; k++)
      if (presentThinking.has(tokens[k]!.norm)) return { old, now: { first: t, last: k } };
  }
  return null;
}
