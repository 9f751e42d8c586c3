import { functionWords } from '../../lexicons';
import type { Hit } from '../matcher';
import type { Parsed } from './parsed';

// A hedge a suggestion may open with: "Maybe you could try …", "Misschien is het een idee om …".
const hedges = functionWords.suggestionHedges;
const evidentialVerbs = functionWords.evidentialVerbs;
const evidentialSubjects = functionWords.evidentialSubjects;

/** The focus reason of a suggestion that opens its sentence: a tip, as an imperative is (rule 26). */
export const suggestionRule = 'a suggestion to the coachee';

/** The suggestion cue that opens the sentence ("You could consider …", "Het kan helpen om …"), or undefined. */
function openingSuggestion(parsed: Pick<Parsed, 'signals' | 'tokens' | 'quoted' | 'text'>): Hit | undefined {
  const at = hedges.has(parsed.tokens[0]?.norm ?? '') ? 1 : 0;
  // Most sentences hold no suggestion cue: the search comes before the question mark's.
  const cue = parsed.signals.find(
    (hit) => hit.cls === 'suggestion' && (hit.first === 0 || hit.first === at) && !parsed.quoted.has(hit.first),
  );
  return cue && !/\?\s*$/u.test(parsed.text) ? cue : undefined;
}

/**
 * "You might find it useful to read up on …", "Het kan helpen om een dagboek bij te houden": a suggestion that opens
 * the sentence is the coach speaking, as an imperative is (rule 26). Its words, or null.
 */
export function suggestionOpener(parsed: Pick<Parsed, 'signals' | 'tokens' | 'quoted' | 'text'>): string | null {
  const cue = openingSuggestion(parsed);
  if (!cue) return null;
  const end = parsed.tokens[cue.last]!;
  return parsed.text.slice(parsed.tokens[cue.first]!.at, end.at + end.norm.length);
}

/**
 * The hits without those inside an opening suggestion but the cue itself: "it might help to" praises nothing (rule
 * 8), and the coachee's weighing in "je zou kunnen overwegen" is no deliberation of the coach's (rule 31); nor the
 * advice a thing "suggests" (`indicates`).
 */
export function withoutSuggestionWords<H extends { first: number; last: number; cls: string }>(
  parsed: Pick<Parsed, 'signals' | 'tokens' | 'quoted' | 'text'>,
  hits: H[],
): H[] {
  const cue = openingSuggestion(parsed);
  const kept = cue
    ? hits.filter((hit) => hit.cls === 'suggestion' || hit.first > cue.last || hit.last < cue.first)
    : hits;
  return kept.some((hit) => indicates(parsed, hit)) ? kept.filter((hit) => !indicates(parsed, hit)) : kept;
}

/** "which suggests to me that …", "wat suggereert dat …": a thing that suggests indicates; no advice (rules 32, 33). */
function indicates(parsed: Pick<Parsed, 'tokens'>, hit: { first: number; cls: string }): boolean {
  return (
    (hit.cls === 'advice' || hit.cls === 'expert-role') &&
    evidentialVerbs.has(parsed.tokens[hit.first]!.norm) &&
    evidentialSubjects.has(parsed.tokens[hit.first - 1]?.norm ?? '')
  );
}
