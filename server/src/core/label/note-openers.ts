import { functionWords } from '../../lexicons';
import { words, type Parsed } from './parsed';
import { opensWithWritersThanks } from '../writers-thanks';

// How a note without a subject opens: with the coach's act (rule 25) or an imperative (rule 26).

/**
 * The coach's act a subjectless note opens with, after at most one adverb ("also", "ook"), unless an agent follows
 * ("advised by her GP").
 */
export function openingCoachAct(parsed: Parsed): string | null {
  const act =
    parsed.focus.find((hit) => hit.cls === 'coach-act' && hit.first <= 1 && hit.first === hit.last) ??
    noteOpeningAct(parsed);
  const before = parsed.tokens[0]?.norm ?? '';
  if (!act || (act.first === 1 && !mayOpenBefore(before))) return null;
  // "Told me she was exhausted", "Vroeg me of …": said or done to the coach, the act is someone else's.
  if (coachObjects.has(parsed.tokens[act.last + 1]?.norm ?? '')) return null;
  if (parsed.focus.some((hit) => hit.cls === 'agent-marker' && hit.first > act.last && hit.first - act.last <= 3))
    return null;
  const objectFirst = act.first === 1 && coacheeObject(before);
  if (parsed.focus.some((hit) => hit.first < act.first && hit.cls !== 'coach-act' && !(objectFirst && hit.first === 0)))
    return null;
  // "Asked his line manager himself …": "himself", "zelf" in its clause say the coachee did it, whatever the verb.
  const clause = parsed.clauses.find((c) => act.first >= c.first && act.first <= c.last);
  if (
    parsed.tokens.some(
      (token, i) => reflexive.has(token.norm) && !parsed.quoted.has(i) && clause !== undefined && i <= clause.last,
    )
  )
    return null;
  // "Gevraagd naar wat hielp, noemde betrokkene …", "Asked what helped, she named …": an opening
  // participle phrase before a main clause with a subject of its own says who acts there, not the coach.
  const passive = parsed.focus.some(
    (hit) => hit.cls === 'passive-aux' && clause !== undefined && hit.first > act.last && hit.first <= clause.last,
  );
  const adjunctOf =
    !passive &&
    parsed.clauses.some(
      (c) =>
        c.kind === 'main' &&
        clause !== undefined &&
        c.first > clause.last &&
        parsed.tokens[c.first - 1]!.after.includes(',') &&
        parsed.focus.some((hit) => ownSubjects.has(hit.cls) && (hit.first === c.first || hit.first === c.first + 1)),
    );
  if (adjunctOf) return null;
  return words(parsed, act);
}

export const noteAdverbs = functionWords.noteAdverbs;

// "Haar toegezegd dat …", "Hem gevraagd wat …": a Dutch note may put the coachee as object before the act.
const coacheeObject = (word: string): boolean => objectPronouns.has(word) && !coachObjects.has(word);
/** What may stand before a note's opening act: one adverb ("also", "ook") or the coachee as its object. */
const mayOpenBefore = (word: string): boolean => noteAdverbs.has(word) || coacheeObject(word);

// "Gezegd: …": read only opening a note ("ze heeft gezegd" is anyone's), not in her own doing ("Nee gezegd").
function noteOpeningAct(parsed: Parsed): { first: number; last: number } | undefined {
  const first = parsed.tokens[0]?.norm ?? '';
  const at = noteOpeningActs.has(first)
    ? 0
    : mayOpenBefore(first) && noteOpeningActs.has(parsed.tokens[1]?.norm ?? '')
      ? 1
      : -1;
  if (
    at < 0 ||
    parsed.valence.some(
      (v) => (v.cls === 'strength' || v.cls === 'agency') && v.first <= at && v.last >= at && v.first < v.last,
    )
  )
    return undefined;
  return { first: at, last: at };
}

const noteOpeningActs = functionWords.noteOpeningCoachActs;
const reflexive = functionWords.reflexive;
const objectPronouns = functionWords.objectPronouns;
const coachObjects = functionWords.coachObjectPronouns;
const ownSubjects: ReadonlySet<string> = new Set(['coachee', 'addressee', 'third', 'coach', 'shared']);

/** The verb an imperative sentence opens with ("Plan vaste blokken", "Try counting to three"), if it does. */
export function imperativeOf(parsed: Parsed): string | null {
  // "Please send …", "Kindly confirm …": the verb after a politeness word opens the sentence.
  const at = politeBeforeImperative.has(parsed.tokens[0]?.norm ?? '') ? 1 : 0;
  const [first, second] = [parsed.tokens[at], parsed.tokens[at + 1]];
  if (!first || /\?\s*$/u.test(parsed.text) || first.after.includes(':')) return null;
  // "Thank you for Tuesday": the writer thanking, not telling anyone what to do.
  if (at === 0 && opensWithWritersThanks(parsed.tokens, parsed.quoted)) return null;
  // The verb form itself, not a word sharing its stem ("Planning ...", "Looking back").
  if (
    !parsed.focus.some(
      (hit) => hit.cls === 'imperative' && hit.first === at && hit.last === at && hit.term === first.norm,
    )
  )
    return null;
  if (
    second &&
    (notAfterImperative.has(second.norm) ||
      parsed.focus.some(
        (hit) => hit.first === at + 1 && (hit.cls === 'coachee' || hit.cls === 'coach' || hit.cls === 'shared'),
      ))
  )
    return null;
  return at === 0 ? first.norm : `${parsed.tokens[0]!.norm} ${first.norm}`;
}

// Words that show a sentence-initial verb form is a noun or a finite verb after all ("Vraag is ...", "Plan van
// aanpak").
const notAfterImperative = functionWords.notAfterImperative;
const politeBeforeImperative = functionWords.politeBeforeImperative;

const firstPersonVerbs = functionWords.firstPersonVerbs;

/**
 * "Heb hem het boek van Covey aangeraden", "Vind het lastig om hem niet te helpen": a note that opens with a Dutch
 * first-person verb form and names no subject after it is the writer's (rule 25). The verb, or null.
 */
export function firstPersonOpener(parsed: Parsed): string | null {
  const [first] = parsed.tokens;
  if (!first || parsed.quoted.has(0) || !firstPersonVerbs.has(first.norm)) return null;
  // "Twijfel over haar leeftijd", "Hoop op herstel": a form that is a noun too, before a preposition, is the noun.
  if (verbalNouns.has(first.norm) && prepositions.has(parsed.tokens[1]?.norm ?? '')) return null;
  // "Ben je moe?", "Heb jij dat gedaan?": the subject after the verb is named.
  if (parsed.focus.some((hit) => hit.first === 1 && subjectClasses.has(hit.cls))) return null;
  return first.norm;
}

const subjectClasses = new Set(['coach', 'coachee', 'addressee', 'shared', 'third']);
const verbalNouns = functionWords.firstPersonNouns;
const prepositions = functionWords.prepositions;

const steeringInfinitives = functionWords.steeringInfinitives;
const planAdverbs = functionWords.planAdverbs;
const steeringComplements = functionWords.steeringComplements;
// "Volgende keer eerst nog even vragen …": the plan's words of time and manner before its verb, at most so many.
const planAdverbReach = 4;

/**
 * "Vragen wat ze nodig heeft", "Volgende keer eerst doorvragen naar haar twijfel", "Terugkomen op het conflict": a
 * Dutch note that opens with the coach steering the conversation is the coach's plan, whoever it asks about (rules 25,
 * 26). The verb, or null. "Vragen om hulp", "Navragen bij HR" ask someone else; "Vragen die bleven liggen" is the
 * noun.
 */
export function steeringPlan(parsed: Parsed): string | null {
  const { tokens } = parsed;
  let at = 0;
  while (at < planAdverbReach && at < tokens.length && planAdverbs.has(tokens[at]!.norm)) at++;
  const verb = tokens[at];
  if (!verb || !steeringInfinitives.has(verb.norm) || parsed.quoted.has(at) || /\?\s*$/u.test(parsed.text)) return null;
  // "Vragen: wat wil ze echt?": a label, not the act.
  if (verb.after.includes(':')) return null;
  const next = tokens[at + 1];
  return next === undefined || steeringComplements.has(next.norm) ? verb.norm : null;
}
