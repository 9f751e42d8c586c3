import { participleLike, type Clause } from '../clauses';
import { functionWords } from '../../lexicons';
import { personNamingClasses, type LabelContext, type Parsed, type Person } from './parsed';
import { passiveAgent } from './passive-agent';

// Who acts in one clause: its subject, found among its first words (rules 18, 23, 24, 27).

/** The person a clause names as its subject, with the word that names them; null for a clause without one. */
export function subjectOf(
  parsed: Parsed,
  clause: Clause,
  context: LabelContext,
): { person: Person; word: string } | null {
  const passive = passiveAgent(parsed, clause, context.language);
  if (passive) return passive;
  const { tokens } = parsed;
  if (context.language === 'en' && verbAfterAnd(parsed, clause, context)) return null;
  const limit = Math.min(clause.last, clause.first + 6);
  // ", met Tom erbij", ", with Mr Okafor's letter on the table": a phrase trailing the clause before, no subject.
  const elidedSubject = context.language === 'nl' && sharesSubjectBefore(tokens, clause);
  const trailingPhrase = clause.first > 0 && prepositions.has(tokens[clause.first]!.norm);
  // "The intake was a three-way conversation with …", "Het gesprek vond plaats …": the session as subject (rule 18).
  // Not where someone is what it was ("the session was mostly me", "was hard for her"), only whom it was with.
  const opening = clause.first + (articles.has(tokens[clause.first]?.norm ?? '') ? 1 : 0);
  const someone = (i: number): boolean =>
    (context.names.has(tokens[i]!.norm) || sessionPeople.some((cls) => focusAt(parsed, i, cls))) &&
    !companions.has(tokens[i - 1]!.norm);
  if (
    focusAt(parsed, opening, 'session') &&
    verbsAfterSubject.has(tokens[opening + 1]?.norm ?? '') &&
    !tokens.some((_, i) => i > opening + 1 && i <= clause.last && someone(i))
  )
    return { person: 'shared', word: tokens[opening]!.norm };
  for (let i = clause.first; i <= limit; i++) {
    const token = tokens[i]!;
    const cls = (name: string): boolean => focusAt(parsed, i, name);
    // "aan betrokkene toegestuurd", "with him": after a preposition the coach or coachee is no subject (a
    // third party there still tells the coachee's situation: "Gesprek met Bram uitgesteld", but not in work done
    // "samen": "Samen het gesprek met HR voorbereid"; nor before a subject of its own: "With peers I discussed …").
    // A name there still may be (the note's one person), but not before a pronoun that can only be the subject:
    // "Met Gerdien sprak ik over het rooster", "With Sarah I went through her rota". The coach's own self still is:
    // "Something to keep an eye on in myself".
    if (
      afterPreposition(tokens, i) &&
      (!cls('third') ||
        tokens.slice(clause.first, i).some((t) => together.has(t.norm)) ||
        subjectPronounAfter(parsed, i, clause.last)) &&
      !nominative.has(token.norm) &&
      !coachReflexives.has(token.norm) &&
      (!context.names.has(token.norm) || trailingPhrase || subjectPronounAfter(parsed, i, clause.last))
    )
      continue;
    // "… genomen en je daarna gevraagd": after "en" a clause with no finite verb of its own shares the subject
    // before it, and a pronoun that may be an object is one.
    if (elidedSubject && !nominative.has(token.norm) && (cls('coachee') || cls('addressee'))) continue;
    const first = i === clause.first || (i === clause.first + 1 && clause.conjunction !== '');
    if (parsed.quoted.has(i) && (cls('coach') || cls('addressee'))) {
      if (cls('coach')) return { person: parsed.speaker, word: token.norm };
      continue;
    }
    // "mijn cliënt", "my client": the coachee, though the phrase opens with the coach's possessive.
    if (cls('coachee') && cls('coach')) return { person: 'coachee', word: token.norm };
    if (
      cls('coach') &&
      !(token.norm === 'coach' && i > clause.first && tokens[i - 1]!.norm !== 'de' && tokens[i - 1]!.norm !== 'the')
    ) {
      if ((token.norm === 'mijn' || token.norm === 'my') && !first) continue;
      // "My observation: he …": a label of what the coach saw hands focus on (rule 21).
      if (perceptionLabels.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1]!.after.includes(':')) continue;
      // "My peer supervisor suggested …", "Mijn intervisiegroep vond …": someone of the coach's own is neither the
      // coach nor in the coachee's situation, a shared subject (neutral, as the corpus labels the first).
      if (coachOwn.has(token.norm) && thirdWithin(parsed, i)) return { person: 'shared', word: token.norm };
      return { person: 'coach', word: token.norm };
    }
    // "Her manager, Peter, wants …": a name set off by commas after a third party is that person's.
    if (context.names.has(token.norm) && apposition(parsed, i)) return { person: 'third', word: token.norm };
    if (cls('coachee') || context.names.has(token.norm)) return { person: 'coachee', word: token.norm };
    // "and rewrote your bullet points": a possessive that is never a subject, past the first word, is an object's.
    if (cls('addressee') && possessiveOnly(token.norm) && !first) continue;
    if (cls('addressee')) return { person: context.perspective === 'coach' ? 'coachee' : 'coachee', word: token.norm };
    // "In our session I …", "Tijdens onze sessie heb ik …": a possessive inside a phrase is not who acts.
    // So is one that opens a phrase of time before its clause's own subject: "Since our last session he has …".
    if (
      cls('shared') &&
      (token.norm === 'our' || token.norm === 'onze') &&
      (!first || actorAfter(parsed, i, clause, context))
    )
      continue;
    if (cls('shared') && token.norm !== 'ons' && token.norm !== 'us' && !together.has(token.norm)) {
      return { person: 'shared', word: token.norm };
    }
    // "dus zijn we overgestapt": "zijn" before a subject pronoun is the verb, no possessive.
    const verbForm = subjectPronouns.has(tokens[i + 1]?.norm ?? '');
    if (cls('possessive-coachee') && first && !verbForm) return { person: 'third', word: token.norm };
    if (cls('third') && !wishedRole(tokens, i)) {
      // "het team", "the team" in a report of team coaching: the coachee (rule 28).
      const named = parsed.focus.find(
        (hit) => hit.cls === 'third' && hit.first === i && context.names.has(tokens[hit.last]!.norm),
      );
      return { person: named ? 'coachee' : 'third', word: token.norm };
    }
  }
  return context.language === 'nl' ? invertedSubject(parsed, clause, limit) : null;
}

// How far a Dutch clause may put its finite verb after a long opening phrase: "Aan het eind van het uur was ik …".
const invertedReach = 12;

/** "Aan het eind van het gesprek was ik uitgeput": past the first words, a pronoun right after the finite verb. */
function invertedSubject(parsed: Parsed, clause: Clause, searched: number): { person: Person; word: string } | null {
  const { tokens } = parsed;
  const end = Math.min(clause.last - 1, clause.first + invertedReach);
  for (let i = clause.first + 1; i <= end; i++) {
    if (!finiteVerbs.has(tokens[i]!.norm)) continue;
    const at = i + 1;
    if (at <= searched || !nominative.has(tokens[at]!.norm) || parsed.quoted.has(at)) return null;
    if (focusAt(parsed, at, 'coach')) return { person: 'coach', word: tokens[at]!.norm };
    if (focusAt(parsed, at, 'coachee') || focusAt(parsed, at, 'addressee'))
      return { person: 'coachee', word: tokens[at]!.norm };
    if (focusAt(parsed, at, 'shared')) return { person: 'shared', word: tokens[at]!.norm };
    return null;
  }
  return null;
}

/** "to be a calmer father", "een goede moeder worden": a role the coachee is to take, no third party acting. */
function wishedRole(tokens: Parsed['tokens'], at: number): boolean {
  const article = [1, 2, 3].find((d) => articles.has(tokens[at - d]?.norm ?? ''));
  if (article === undefined) return false;
  return copulas.has(tokens[at - article - 1]?.norm ?? '') || copulas.has(tokens[at + 1]?.norm ?? '');
}

const prepositions = functionWords.prepositions;
const coachReflexives = functionWords.coachReflexives;
const nominative = functionWords.nominativePronouns;
const andCoordinators = functionWords.andCoordinators;
const finiteVerbs = functionWords.finiteVerbs;
const together = functionWords.together;
const possessives = functionWords.thirdPossessives;
const articles = functionWords.articles;
const verbsAfterSubject = functionWords.verbsAfterSubject;
const companions = functionWords.companionPrepositions;
const sessionPeople = ['coach', 'coach-object', 'coachee', 'addressee', 'possessive-coachee'];
const copulas = functionWords.infinitiveCopulas;
const titles = functionWords.personalTitles;
const addresseePossessives = functionWords.addresseePossessives;
const subjectPronouns = functionWords.subjectPronouns;
const possessiveOnly = (norm: string): boolean => addresseePossessives.has(norm) && !subjectPronouns.has(norm);

/** Whether a pronoun that is only ever a subject follows the token at `i` in its clause, outside quotation marks. */
function subjectPronounAfter(parsed: Parsed, i: number, last: number): boolean {
  for (let k = i + 1; k <= last; k++) if (nominative.has(parsed.tokens[k]!.norm) && !parsed.quoted.has(k)) return true;
  return false;
}

/** Whether the coachee, by pronoun or name, or a pronoun that is only ever a subject stands later in the clause. */
function actorAfter(parsed: Parsed, i: number, clause: Clause, context: LabelContext): boolean {
  for (let k = i + 1; k <= clause.last; k++) {
    if (parsed.quoted.has(k) || afterPreposition(parsed.tokens, k)) continue;
    const norm = parsed.tokens[k]!.norm;
    if (nominative.has(norm) || context.names.has(norm) || focusAt(parsed, k, 'coachee')) return true;
  }
  return false;
}

/**
 * Whether the token at `i` follows a preposition, straight or after a title and an article or a possessive ("met de
 * heer Bos", "met haar manager").
 */
function afterPreposition(tokens: readonly { norm: string }[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && titles.has(tokens[k]!.norm)) k--;
  if (k >= 0 && (articles.has(tokens[k]!.norm) || possessives.has(tokens[k]!.norm))) k--;
  return k >= 0 && prepositions.has(tokens[k]!.norm);
}

/** Whether a focus hit of a class starts at a token. The hits are sorted by where they start. */
function focusAt(parsed: Parsed, token: number, cls: string): boolean {
  for (const hit of parsed.focus) {
    if (hit.first > token) return false;
    if (hit.first === token && hit.cls === cls) return true;
  }
  return false;
}

/** A Dutch clause after "en" that ends in a participle with no finite verb of its own: "en je daarna gevraagd". */
function sharesSubjectBefore(tokens: readonly { norm: string }[], clause: Clause): boolean {
  if (clause.first === 0 || !andCoordinators.has(clause.conjunction)) return false;
  if (!participleLike.test(tokens[clause.last]!.norm)) return false;
  for (let i = clause.first; i <= clause.last; i++) if (finiteVerbs.has(tokens[i]!.norm)) return false;
  return true;
}

/**
 * "I moved the section up and rewrote your bullet points so they …": an English clause that "and" opens with a word no
 * subject begins with (a verb) shares the subject before it, which is found there.
 */
function verbAfterAnd(parsed: Parsed, clause: Clause, context: LabelContext): boolean {
  if (clause.first === 0 || !andCoordinators.has(clause.conjunction)) return false;
  let at = clause.first + 1;
  while (noteAdverbs.has(parsed.tokens[at]?.norm ?? '')) at++;
  const token = parsed.tokens[at];
  // "and for weeks he did nothing": a phrase before the subject opens with a preposition, no verb.
  if (!token || complementSubjects.has(token.norm) || context.names.has(token.norm) || phraseOpeners.has(token.norm))
    return false;
  if (/^\p{Lu}/u.test(parsed.text.slice(token.at, token.at + 1))) return false;
  return !parsed.focus.some((hit) => hit.first === at && personNamingClasses.has(hit.cls));
}

const noteAdverbs = functionWords.noteAdverbs;
const perceptionLabels = functionWords.perceptionLabels;
const phraseOpeners = new Set([...prepositions, ...functionWords.beforeDemonstrative]);
const complementSubjects = functionWords.complementSubjects;

/** A third party named in the two words after a token ("my peer supervisor"). */
function thirdWithin(parsed: Parsed, at: number): boolean {
  return parsed.focus.some((hit) => hit.cls === 'third' && hit.first > at && hit.first <= at + 2);
}

const coachOwn = functionWords.coachPossessives;

/** Whether the token at `at` stands between commas right after a third party ("her manager, Peter,"). */
function apposition(parsed: Parsed, at: number): boolean {
  const before = parsed.tokens[at - 1];
  if (!before || !before.after.includes(',') || !parsed.tokens[at]!.after.includes(',')) return false;
  return parsed.focus.some((hit) => hit.cls === 'third' && hit.last === at - 1);
}
