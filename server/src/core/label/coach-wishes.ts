import { functionWordsIn } from '../../lexicons';
import type { Focus } from '../types';
import type { LabelContext, Parsed, Person } from './parsed';

// How far after the wish word its clause may open: "ik wil (echt) (zo graag) dat", "convince her that".
const reach = 4;

/**
 * "Ik wil echt dat dit je lukt", "I am determined that this turnaround succeeds", "I wanted her to apply":
 * a success the coach wishes for the coachee is the coach's want, not a strength of theirs (rule 8;
 * labellers read it as outcome-responsibility). Returns the first token of the wished clause, or -1.
 * So is a success the coach answers for ("responsible for her recovery"). Only a wish for someone else's doing:
 * "I want to ask him" is the coach's own plan, and a wish in the coachee's quotation is the coachee's own.
 */
function coachWishFrom(
  parsed: Parsed,
  context: LabelContext,
  effective: readonly (Person | null)[],
  focus: Focus,
): number {
  const { tokens, clauses } = parsed;
  const {
    coachWishes,
    wishFillers,
    objectPronouns,
    coachObjectPronouns,
    sayingVerbs,
    futureAuxiliaries,
    coachResponsibilities,
    prepositions,
    nominativePronouns,
    coachPronouns,
    hopingVerbs: hopes,
  } = functionWordsIn[context.language];
  // The coachee or someone else as the subject of a wished clause: not "I hope I …".
  const othersNamed = (word: string): boolean =>
    context.names.has(word) || (nominativePronouns.has(word) && !coachPronouns.has(word));
  // "Ik had haar manager gezegd dat ze na het traject weer stevig zou staan": what the coach said the coachee will
  // become is a promise (rule 36), like a wish; what the coach said she did is not.
  const promised = (t: number): boolean =>
    sayingVerbs.has(tokens[t]!.norm) && tokens.slice(t + 1).some((token) => futureAuxiliaries.has(token.norm));
  for (let t = 0; t < tokens.length; t++) {
    const charge = coachResponsibilities.has(tokens[t]!.norm) && prepositions.has(tokens[t + 1]?.norm ?? '');
    if (!(coachWishes.has(tokens[t]!.norm) || promised(t) || charge) || parsed.quoted.has(t)) continue;
    const clause = clauses.findIndex((c) => t >= c.first && t <= c.last);
    // A clause without its own subject ("trying to convince her") is the coach's in a sentence about the coach.
    if (effective[clause] !== 'coach' && !(effective[clause] === null && focus === 'coach')) continue;
    // "Ik ben verantwoordelijk voor een goede inzet, niet voor haar herstel": what the coach answers for.
    if (charge) return t + 2;
    for (let k = t + 1; k <= t + reach && k < tokens.length; k++) {
      const word = tokens[k]!.norm;
      if (parsed.focus.some((h) => h.first === k && h.cls === 'subordinator') && (word === 'dat' || word === 'that'))
        return k + 1;
      // "I hope she has a lovely holiday", "hoping he gets it": an English wish whose clause opens without "that".
      if (k === t + 1 && hopes.has(tokens[t]!.norm) && othersNamed(word)) return k;
      // English "want her to", "want Arvind to": someone else is to act.
      if (
        tokens[k + 1]?.norm === 'to' &&
        (context.names.has(word) ||
          parsed.focus.some((h) => h.first === k && h.cls !== 'coach' && h.cls !== 'coach-object'))
      )
        return k;
      // "om hem ervan te overtuigen dat", "to convince her that", "promised him that": the person persuaded or
      // promised stands between.
      const persuaded =
        context.names.has(word) ||
        (objectPronouns.has(word) && !coachObjectPronouns.has(word)) ||
        parsed.focus.some(
          (h) =>
            h.first === k &&
            (h.cls === 'possessive-coachee' || h.cls === 'coachee' || h.cls === 'addressee' || h.cls === 'third'),
        ) ||
        // A word before a third party's noun belongs to it: "her ward manager", "haar directe leidinggevende".
        parsed.focus.some((h) => h.first === k + 1 && h.cls === 'third');
      if (!wishFillers.has(word) && !persuaded) break;
      // "promised the client organisation that": a person named in more than one word, or in overlapping ones, is
      // passed whole (the hits come sorted by where they start).
      const at = k;
      for (const h of parsed.focus)
        if (h.first >= at && h.first <= k && (h.cls === 'third' || h.cls === 'coachee')) k = Math.max(k, h.last);
    }
  }
  return -1;
}

const subjects = new Set(['coachee', 'addressee', 'third']);

/**
 * The tokens a wish of the coach's covers, [from, to): from where it opens to a main clause joined on by a comma with a
 * subject of its own ("Ik hoop echt dat ze die baan krijgt, ze verdient het"), which says what it says (rule 8), or to
 * the sentence's end; [-1, -1] for no wish.
 */
export function wishSpan(
  parsed: Parsed,
  context: LabelContext,
  effective: readonly (Person | null)[],
  focus: Focus,
): [number, number] {
  const from = coachWishFrom(parsed, context, effective, focus);
  if (from < 0) return [-1, -1];
  const { tokens, clauses } = parsed;
  for (const clause of clauses) {
    if (clause.first <= from || clause.kind !== 'main' || !/[,;]/u.test(tokens[clause.first - 1]?.after ?? ''))
      continue;
    if (parsed.focus.some((h) => h.first === clause.first && subjects.has(h.cls))) return [from, clause.first];
  }
  return [from, tokens.length];
}
