import type { Hit } from '../matcher';
import type { Focus, Reason, SignalName } from '../types';
import { functionWords } from '../../lexicons';
import { words, type Parsed } from './parsed';
import { opensWithPointer } from '../signal-guards';

const addresseePossessives = functionWords.addresseePossessives;

/**
 * The models and exercises the coach actually brought in (rule 30): not refrained from, planned or advised, not
 * the coachee's own ("haar schema", "your plan"), and not in a sentence that points back to comment on one told
 * before ("Dat had ik niet moeten doen, want het is haar schema", rule 29).
 */
export function toolsBrought(
  parsed: Parsed,
  focus: Focus,
  signals: Partial<Record<SignalName, Reason>>,
  refrains: boolean,
): string[] {
  const helper = (cls: string): boolean => parsed.signals.some((hit) => hit.cls === cls);
  if (focus !== 'coach' || refrains || helper('plan') || signals['expert-role'] || signals['intervention-focus'])
    return [];
  const tools = parsed.valence.filter((h) => h.cls === 'neutralizer' && !coacheesOwn(parsed, h.first));
  // "Dat model heb ik toen uitgelegd" names the tool it brings; "Dat was te veel" only points back.
  if (opensWithPointer(parsed.signals) && !tools.some((tool) => tool.first === 1)) return [];
  // "het model van de conflicttrap" is one tool, however many of its words the lexicon knows; "the change
  // curve, then a stakeholder exercise" is two.
  const mentions: Hit[] = [];
  for (const hit of tools) {
    const previous = mentions.at(-1);
    const between = previous ? parsed.text.slice(parsed.tokens[previous.last]!.at, parsed.tokens[hit.first]!.at) : '';
    if (previous && hit.first - previous.last <= 3 && !/[,;:]/u.test(between))
      previous.last = Math.max(previous.last, hit.last);
    else mentions.push({ ...hit });
  }
  return mentions.map((hit) => words(parsed, hit));
}

/** Whether the word at `index` follows a possessive of the coachee ("haar schema", "his plan", "je planning"). */
function coacheesOwn(parsed: Parsed, index: number): boolean {
  const before = index - 1;
  return (
    addresseePossessives.has(parsed.tokens[before]?.norm ?? '') ||
    parsed.focus.some((hit) => hit.cls === 'possessive-coachee' && hit.first === before)
  );
}
