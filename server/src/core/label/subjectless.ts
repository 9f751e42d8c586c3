import type { Hit } from '../matcher';
import type { Focus, Reason } from '../types';
import { functionWords, isFeelingState } from '../../lexicons';
import { has, personNamingClasses, words, type Parsed } from './parsed';
import { coacheeOnlyAsObject } from './object-only';

// Words that open a sentence whose subject is a thing, not a person.
const thingOpeners = functionWords.thingOpeners;
const otherPeople = new Set(['coachee', 'addressee', 'third', 'possessive-coachee', 'shared']);
const coachPossessives = functionWords.coachPossessives;
const reflexive = functionWords.reflexive;
const ownAssignments = functionWords.ownAssignments;
const singularAuxiliaries = functionWords.singularAuxiliaries;
const coachObjects = functionWords.coachObjectPronouns;
const articles = functionWords.articles;
const definiteArticles = functionWords.definiteArticles;
const verbsAfterSubject = functionWords.verbsAfterSubject;
const addresseePossessives = functionWords.addresseePossessives;
const togetherWords = functionWords.together;
const repetitionAdverbs = functionWords.repetitionAdverbs;
const withWords = functionWords.companions;
// Prepositions of adverbial phrases; "van"/"of" attach to a noun ("most of the session") and are not among them.
const prepositions = new Set(
  [...functionWords.prepositions, ...functionWords.beforeDemonstrative].filter(
    (word) => !functionWords.nounAttaching.has(word),
  ),
);
const determiners = new Set([...functionWords.articles, ...functionWords.demonstratives, ...functionWords.countWords]);
// The signal-lexicon classes that tell what the coach did: giving answers, advice, making, working hard.
const copulas = functionWords.copulas;
const coachPronouns = functionWords.coachPronouns;
const coachBehaviour = new Set(['expert-role', 'advice', 'deliver', 'working-hard', 'own-time']);
const sessionWords = functionWords.sessionWords;

export const ownHeadingRule = 'a note under the coach’s own heading';

/** Notes without a subject take the implied one (labelling rules 23, 25, 26). */
export function subjectless(parsed: Parsed): { focus: Focus; reason: Reason } {
  const { focus: hits } = parsed;
  const agent = has(hits, 'agent-marker');
  if (agent) {
    const next = hits.find(
      (hit) =>
        hit.first > agent.first && hit.first <= agent.first + 2 && (hit.cls === 'coach' || hit.cls === 'coachee'),
    );
    if (next)
      return {
        focus: next.cls === 'coach' ? 'coach' : 'coachee',
        reason: { rule: 'passive agent', words: [words(parsed, next)] },
      };
  }
  // "That question kept me awake", "Het kostte me een avond": a thing as subject, and the coach the one it
  // happens to, no one else named: the coach's inner world (rule 18). Not a note that leaves out its
  // subject ("Belde me gisteren" is the coachee calling), hence a thing that opens the sentence.
  const experiencer = has(hits, 'coach-object');
  const opener = parsed.tokens[0]?.norm ?? '';
  if (
    experiencer &&
    thingOpeners.has(opener) &&
    !hits.some((hit) => otherPeople.has(hit.cls) && !parsed.quoted.has(hit.first))
  ) {
    return {
      focus: 'coach',
      reason: { rule: 'the coach as the one it happens to', words: [words(parsed, experiencer)] },
    };
  }
  // A note for the coach's own reflection ("Vraag voor intervisie: …", "Eigenlijk niet mijn rol.") is the coach's (rule
  // 25).
  const note = has(hits, 'coach-note');
  if (note && !parsed.quoted.has(note.first))
    return { focus: 'coach', reason: { rule: 'the coach’s note to self', words: [words(parsed, note)] } };
  // "Not my finest hour", "Niet mijn rol": the coach's own matter, when no one else is named (rule 25).
  const own = parsed.tokens.findIndex((token, i) => coachPossessives.has(token.norm) && !parsed.quoted.has(i));
  if (own >= 0 && !hits.some((hit) => otherPeople.has(hit.cls) && !parsed.quoted.has(hit.first))) {
    return {
      focus: 'coach',
      reason: { rule: 'the coach’s own matter', words: [words(parsed, { first: own, last: own })] },
    };
  }
  const coachAct = has(hits, 'coach-act');
  if (coachAct)
    return { focus: 'coach', reason: { rule: 'coach’s act without subject', words: [words(parsed, coachAct)] } };
  // "Halve brief herschreven", "In tas gelaten": a cue of the coach's own behaviour (rules 29-32) names the
  // implied subject when no one else is named (rule 25).
  const negated = (hit: { first: number }): boolean =>
    hits.some((n) => (n.cls === 'negator' || n.cls === 'no-longer') && n.last < hit.first && hit.first - n.last <= 2);
  // "Gaf me een kaartje": given to the coach, the giving is someone else's.
  const toCoach = (hit: { last: number }): boolean => coachObjects.has(parsed.tokens[hit.last + 1]?.norm ?? '');
  // A verb of making names the coach only with a product made ("rebuilding working relationships" is none).
  const made = (hit: Hit): boolean => hit.cls !== 'deliver' || parsed.signals.some((p) => p.cls === 'product');
  // "De sfeer is gespannen", "The mood was tense": a state after a thing that opens the sentence is that thing's.
  // "… and the atmosphere is tense": so too after a copula with anyone's word but the coach's before it.
  const thingsState = (hit: Hit): boolean =>
    (thingOpeners.has(opener) || statedOfSubject(parsed, hit.first)) &&
    hit.first > 1 &&
    parsed.valence.some(
      (f) => (f.cls === 'feeling' || isFeelingState(f.term)) && f.first <= hit.last && f.last >= hit.first,
    );
  // "The headaches are back": a cue right after the opening article, before a verb, names the subject, a thing.
  // "De vergaderingen en het nakijken stonden …": a Dutch infinitive after "het" is the activity's name, a noun.
  const subjectNoun = (hit: Hit): boolean =>
    (hit.first === 1 &&
      definiteArticles.has(opener) &&
      verbsAfterSubject.has(parsed.tokens[hit.last + 1]?.norm ?? '')) ||
    (hit.first === hit.last &&
      parsed.tokens[hit.first - 1]?.norm === 'het' &&
      parsed.tokens[hit.first]!.norm.endsWith('en'));
  // Weighing an intervention ("Looking back, a more confronting approach would have been better") is the coach's
  // too, told in more than one word ("perfect" alone may praise anyone's work) and not only opening a sentence ("Of
  // juist minder?" goes on with the one before).
  const weighs = (hit: Hit): boolean =>
    hit.cls === 'intervention-focus' && hit.term.includes(' ') && !hit.term.startsWith('^');
  // "Tired, slept badly": a state in notes about the coachee is hers (rule 25); the coach's beside the session it
  // followed ("Drained after the session", "Doodmoe na afloop").
  const coacheesState = (hit: Hit): boolean =>
    hit.cls === 'working-hard' &&
    parsed.valence.some(
      (f) => (f.cls === 'feeling' || isFeelingState(f.term)) && f.first <= hit.last && f.last >= hit.first,
    ) &&
    !parsed.tokens.some((token) => sessionWords.has(token.norm));
  const behaviour = parsed.signals.find(
    (hit) =>
      (coachBehaviour.has(hit.cls) || weighs(hit)) &&
      !coacheesState(hit) &&
      !subjectNoun(hit) &&
      !parsed.quoted.has(hit.first) &&
      !negated(hit) &&
      !toCoach(hit) &&
      made(hit) &&
      !thingsState(hit) &&
      !repetitionAdverbs.has(hit.term),
  );
  if (
    behaviour &&
    !parsed.tokens.some((token) => reflexive.has(token.norm)) &&
    !hits.some((hit) => otherPeople.has(hit.cls) && !parsed.quoted.has(hit.first))
  ) {
    return { focus: 'coach', reason: { rule: 'coach’s act without subject', words: [words(parsed, behaviour)] } };
  }
  const joint = jointWork(parsed);
  if (joint) return { focus: 'neutral', reason: { rule: 'joint work or session', words: [words(parsed, joint)] } };
  // "Daarna kernkwadrant erbij gepakt, toen tijdlijn", "Drew the window of tolerance": a model or exercise
  // brought in without a subject is the coach's act (rule 25), unless the note says the coachee did it herself.
  // "The two analysts disagree about the modelling approach": a noun phrase the lexicons do not know may be its
  // subject.
  const tool = has(parsed.valence, 'neutralizer');
  // "bijna alle energiegevers hadden te maken met …": the tool before its verb is the subject, brought by no one.
  const unknownSubject =
    tool !== undefined &&
    ((thingOpeners.has(opener) && tool.first > 1) || verbsAfterSubject.has(parsed.tokens[tool.last + 1]?.norm ?? ''));
  if (tool && !unknownSubject && !parsed.tokens.some((token) => reflexive.has(token.norm))) {
    return {
      focus: 'coach',
      reason: { rule: 'the coach bringing in a model or exercise', words: [words(parsed, tool)] },
    };
  }
  const object = coacheeOnlyAsObject(parsed);
  if (object >= 0)
    return {
      focus: 'coach',
      reason: { rule: 'the coachee only as object', words: [words(parsed, { first: object, last: object })] },
    };
  // "Minder invullen", "Talked too much" under "Voor mezelf", "Notes to self", naming no one (not "Gaf me een
  // kaartje"): the coach's note to self (rule 25).
  if (parsed.ownNote && !hits.some((hit) => personNamingClasses.has(hit.cls) || hit.cls === 'coach-object'))
    return { focus: 'coach', reason: { rule: ownHeadingRule, words: [] } };
  return { focus: 'coachee', reason: { rule: 'note about the coachee', words: [] } };
}

/**
 * Whether the token at `i` stands in a prepositional phrase: after a preposition, straight or after a determiner and a
 * word.
 */
function inAdverbialPhrase(parsed: Parsed, i: number): boolean {
  const norms = parsed.tokens.slice(Math.max(0, i - 3), i).map((token) => token.norm);
  const at = norms.findLastIndex((norm) => prepositions.has(norm));
  return at >= 0 && norms.slice(at + 1).every((norm) => determiners.has(norm) || /^\p{N}/u.test(norm));
}

/** What makes a note without a subject coach and coachee at work, or about the sessions (rules 18, 25), if anything. */
export function jointWork(parsed: Parsed): Hit | undefined {
  // "Voortgang: goed, heeft het gesprek met HR gevoerd": a note a singular auxiliary opens is the coachee's doing.
  const { tokens } = parsed;
  const opensWith = (token: { norm: string }, i: number): boolean =>
    singularAuxiliaries.has(token.norm) && (i === 0 || /[,:;]/u.test(tokens[i - 1]!.after));
  if (tokens.some(opensWith)) return undefined;
  const hits = parsed.focus;
  // "Kept to his agreed hours", "de afgesproken uren": a joint act before its noun is only what it describes.
  const describes = (hit: { first: number }): boolean => {
    const before = parsed.tokens[hit.first - 1]?.norm ?? '';
    return (
      articles.has(before) ||
      addresseePossessives.has(before) ||
      hits.some((p) => p.cls === 'possessive-coachee' && p.last === hit.first - 1)
    );
  };
  // "Rooster samen doorgelopen": "samen"/"together" on its own is coach and coachee at work (rule 18);
  // "samen met haar teamleider" is someone else beside her.
  const together = hits.find(
    (hit) =>
      hit.cls === 'shared' &&
      togetherWords.has(hit.term) &&
      !parsed.quoted.has(hit.first) &&
      !withWords.has(parsed.tokens[hit.last + 1]?.norm ?? ''),
  );
  // "All three actions from session 2 completed", "bellen voor een gesprek": a session in a phrase of time or
  // purpose, or in someone's quotation, is not what the note is about; a greeting only where it opens the note.
  const session = hits.find(
    (hit) => hit.cls === 'session' && !parsed.quoted.has(hit.first) && !inAdverbialPhrase(parsed, hit.first),
  );
  const greeting = hits.find((hit) => hit.cls === 'salutation' && hit.first === 0);
  // "Looked at the floor when …": a joint act inside a longer word of the coachee's behaviour is that behaviour.
  const behaviourOf = (hit: Hit): boolean =>
    parsed.valence.some(
      (v) => (v.cls === 'strength' || v.cls === 'weakness') && v.first <= hit.first && v.last > hit.last,
    );
  // "Huiswerk niet gedaan": the coachee's assignment done or not is hers, not the session's work (rule 25).
  const ownAssignment = (hit: { first: number }): boolean =>
    tokens.slice(Math.max(0, hit.first - 4), hit.first).some((token) => ownAssignments.has(token.norm));
  return (
    hits.find((hit) => hit.cls === 'joint-act' && !describes(hit) && !ownAssignment(hit) && !behaviourOf(hit)) ??
    session ??
    together ??
    greeting
  );
}

/** Whether a copula stands right before the word at `at` (or one word before it), with a subject other than "I". */
function statedOfSubject(parsed: Parsed, at: number): boolean {
  const copula = [at - 1, at - 2].find((t) => t > 0 && copulas.has(parsed.tokens[t]!.norm));
  return copula !== undefined && !coachPronouns.has(parsed.tokens[copula - 1]!.norm);
}
