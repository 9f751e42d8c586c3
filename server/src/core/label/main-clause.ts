import { pointsBackInV2 } from '../clauses';
import type { Hit } from '../matcher';
import type { Focus, Reason } from '../types';
import { findLastIndex, has, inClause, words, type Parsed, type Person } from './parsed';
import { functionWords } from '../../lexicons';
import { jointWork, subjectless } from './subjectless';

// Focus from the subjects of the clauses that decide: frames, turns, the main clauses (rules 18-22).

/** Focus from the clauses' subjects, reading only the clauses before `before` (see colonLimit). */
export function focusOf(
  parsed: Parsed,
  subjects: ({ person: Person; word: string } | null)[],
  before: number,
): { focus: Focus; reason: Reason } {
  const { clauses, focus: hits } = parsed;
  const reason = (rule: string, ...found: string[]): Reason => ({ rule, words: found });
  // A frame inside a quotation is the speaker's ("Now I think …" in her words), not the coach's (rule 27).
  // "Hij dacht dat …", "Ze vond dat …": a frame that does not name the coach is the opinion of its clause's subject.
  const coachFrames = (hit: Hit): boolean => {
    // "She asked whether I thought …", "Ze vroeg of ik vond …": a frame the coachee's ask puts to the coach is hers.
    if (parsed.valence.some((ask) => ask.cls === 'asks-coach' && ask.first < hit.first && hit.first <= ask.last + 1))
      return false;
    // "Ze ging naar het graf en vond dat troostend": a clause joined by "en" without a subject shares the one before.
    let at = clauses.findIndex((clause) => inClause(hit, clause));
    while (at > 0 && !subjects[at] && andWords.has(clauses[at]!.conjunction)) at--;
    const subject = subjects[at];
    return (
      !subject ||
      subject.person === 'coach' ||
      parsed.tokens.slice(hit.first, hit.last + 1).some((t) => coachPronouns.has(t.norm) || t.norm === 'me') ||
      // "Volgens de coach …", "the coach's impression": the coach named in the frame itself.
      hits.some((h) => h.cls === 'coach' && h.first >= hit.first && h.last <= hit.last)
    );
  };
  const opinion = hits.find(
    (hit) =>
      hit.cls === 'opinion-frame' && (!parsed.quoted.has(hit.first) || parsed.speaker === 'coach') && coachFrames(hit),
  );
  const contrastIndex = findLastIndex(
    clauses,
    (clause, i) => i < before && clause.kind === 'contrast' && subjects[i] !== null,
  );
  if (
    has(hits, 'salutation') &&
    hits.find((hit) => hit.cls === 'salutation')!.first === 0 &&
    parsed.tokens.length <= 6
  ) {
    return { focus: 'neutral', reason: reason('salutation', words(parsed, has(hits, 'salutation')!)) };
  }
  if (contrastIndex >= 0) {
    const subject = subjects[contrastIndex]!;
    return {
      focus: personFocus(subject.person),
      reason: reason(`subject after “${clauses[contrastIndex]!.conjunction}”`, subject.word),
    };
  }
  if (opinion) return { focus: 'coach', reason: reason('opinion frame', words(parsed, opinion)) };
  // A perception frame hands focus to what it introduces.
  const perception = handedOn(parsed, has(hits, 'perception-frame'));
  let considered = clauses.map((_, i) => i);
  // "I see her forgetting the homework as sabotage": seeing something as something else is a reading (rule 19).
  if (perception && regardsAs(parsed, perception))
    return { focus: 'coach', reason: reason('opinion frame', words(parsed, perception)) };
  if (perception) {
    const frameClause = clauses.findIndex((clause) => inClause(perception, clause));
    // What the frame introduces opens right after it ("ik zag je schouders zakken") or after a colon, not in a main
    // clause joined on further ("Ik zie daar een blokkade in, en die moeten we eerst wegnemen": a thing seen, rule 18).
    const complement = (i: number): boolean =>
      clauses[i]!.first <= perception.last + 3 || /:/u.test(parsed.tokens[clauses[i]!.first - 1]?.after ?? '');
    const joinedOn = (at: number): boolean => {
      const i = clauses.findIndex((c) => at >= c.first && at <= c.last);
      return i > frameClause && !complement(i) && clauses.slice(frameClause + 1, i + 1).some((c) => c.kind === 'main');
    };
    const after = considered.filter((i) => i > frameClause && subjects[i] !== null && !joinedOn(clauses[i]!.first));
    if (after.length > 0) {
      const subject = subjects[after[0]!]!;
      const focus = subject.person === 'coach' ? 'coach' : personFocus(subject.person);
      return { focus, reason: reason('perception frame', words(parsed, perception), subject.word) };
    }
    // "I see three things": a frame that introduces no one leaves the perceiver acting (rule 18).
    const introducesSomeone = hits.some(
      (hit) => hit.first > perception.last && namesSomeone.has(hit.cls) && hit.cls !== 'coach' && !joinedOn(hit.first),
    );
    const otherSubject = considered.some(
      (i) => i !== frameClause && subjects[i] !== null && !joinedOn(clauses[i]!.first),
    );
    if (introducesSomeone || otherSubject) considered = considered.filter((i) => i !== frameClause);
  }
  if (!perception) considered = considered.filter((i) => i < before);
  const main = considered.filter(
    (i) =>
      (mainLevel(parsed, i) || (clauses[i]!.kind !== 'subordinate' && clauses[i]!.kind !== 'concessive')) &&
      subjects[i] !== null,
  );
  // "Rollenspel gedaan waarin ik de medewerker speelde": a main clause without a subject that tells joint work
  // is neutral, whoever acts in the clause it holds (rule 25).
  const joint = main.length === 0 ? jointWork(parsed) : undefined;
  if (
    joint &&
    clauses.some(
      (clause, i) =>
        inClause(joint, clause) &&
        subjects[i] === null &&
        clause.kind !== 'subordinate' &&
        clause.kind !== 'concessive',
    )
  ) {
    const implied = subjectless(parsed);
    if (implied.reason.rule === 'joint work or session') return implied;
  }
  // "Ging meteen in de weerstand toen ik ernaar vroeg": a note whose only person stands in a clause of time or
  // reason takes its implied subject (rules 8, 25); a thing as subject ("Het gesprek liep vast toen ik …") yields.
  const circumstance = main.length === 0 ? circumstanceAt(parsed, subjects, considered) : -1;
  if (circumstance >= 0) {
    const before = (hit: Hit): boolean => hit.last < circumstance;
    return subjectless({
      ...parsed,
      focus: hits.filter(before),
      signals: parsed.signals.filter(before),
      valence: parsed.valence.filter(before),
    });
  }
  // "It would feel like my failure if she dropped out", "voelt dat als mijn falen": a main clause without a subject
  // whose thing is the coach's own is the coach's (rules 8, 18).
  const own =
    main.length > 0
      ? -1
      : coachOwnAt(
          parsed,
          considered.filter((i) => subjects[i] === null),
        );
  if (own >= 0)
    return { focus: 'coach', reason: reason('the coach’s own', words(parsed, { first: own, last: own + 1 })) };
  const pool = main.length > 0 ? main : considered.filter((i) => subjects[i] !== null);
  const found = pool.map((i) => subjects[i]!);
  const coach = found.find((s) => s.person === 'coach');
  const coachee = found.find((s) => s.person === 'coachee');
  if (coach && coachee)
    return { focus: 'neutral', reason: reason('coach and coachee clauses', coach.word, coachee.word) };
  if (coach) return { focus: 'coach', reason: reason('subject', coach.word) };
  if (coachee) return { focus: 'coachee', reason: reason('subject', coachee.word) };
  // "The intake was a three-way conversation with Noor and her manager": the session as subject (rule 6).
  const session = found.find(
    (s) => s.person === 'shared' && hits.some((h) => h.cls === 'session' && parsed.tokens[h.first]!.norm === s.word),
  );
  if (session) return { focus: 'neutral', reason: reason('the session as subject', session.word) };
  const third = found.find((s) => s.person === 'third');
  if (third) return { focus: 'coachee', reason: reason('third party in the coachee’s situation', third.word) };
  const shared = found.find((s) => s.person === 'shared');
  if (shared) return { focus: 'neutral', reason: reason('shared subject', shared.word) };
  return subjectless(parsed);
}

const coachPronouns = functionWords.coachPronouns;
const coachOwn = functionWords.coachPossessives;
const copulas = functionWords.copulas;
const linkingInfinitives = functionWords.infinitiveCopulas;

/**
 * Where the coach's possessive stands in a main clause that links a thing to it ("was my idea", "voelt als mijn
 * falen"), not one of a phrase without a linking verb ("Op mijn vraag …") or of the coachee's name ("mijn cliënt");
 * -1 where none does.
 */
function coachOwnAt(parsed: Parsed, among: readonly number[]): number {
  const { tokens, clauses } = parsed;
  for (const i of among) {
    const { kind, first, last } = clauses[i]!;
    const span = tokens.slice(first, last + 1);
    if (kind !== 'main' || !span.some((t) => copulas.has(t.norm) || linkingInfinitives.has(t.norm))) continue;
    const at = span.findIndex(
      (t, k) => coachOwn.has(t.norm) && !parsed.focus.some((hit) => hit.cls === 'coachee' && hit.first === first + k),
    );
    if (at >= 0) return first + at;
  }
  return -1;
}
export const namesSomeone: ReadonlySet<string> = new Set([
  'coach',
  'coachee',
  'addressee',
  'possessive-coachee',
  'shared',
  'speaker-coach',
  'speaker-coachee',
]);

function personFocus(person: Person): Focus {
  if (person === 'coach') return 'coach';
  if (person === 'shared') return 'neutral';
  return 'coachee';
}

// "She asked me to look it over, and I said I'd send it": after a comma, "and" with a subject of its own
// is back at the main level, whatever clause came before (rule 22); read so for focus only.
function mainLevel(parsed: Parsed, i: number): boolean {
  const clause = parsed.clauses[i]!;
  // After a comma, or after a quotation or question that has ended ("…?\" and I gave him …").
  if (!andWords.has(clause.conjunction) || !/[,;?!"”]/u.test(parsed.tokens[clause.first - 1]?.after ?? ''))
    return false;
  // "…, en dat heb ik toegezegd": a pointing object before the verb and its subject (V2).
  const subject = pointsBackInV2(parsed.tokens, clause.first + 1) ? clause.first + 3 : clause.first + 1;
  return parsed.focus.some((hit) => hit.first === subject && ownSubjects.has(hit.cls));
}

const andWords = functionWords.andCoordinators;
const circumstantial = functionWords.circumstantial;
const thingOpeners = functionWords.thingOpeners;

/**
 * Where the first clause with a subject starts, when every such clause is one of time, reason or condition and the
 * sentence opens a note, not with a thing; otherwise -1.
 */
function circumstanceAt(
  parsed: Parsed,
  subjects: readonly ({ person: Person; word: string } | null)[],
  considered: readonly number[],
): number {
  const { clauses, tokens } = parsed;
  const withSubject = considered.filter((i) => subjects[i] !== null);
  if (withSubject.length === 0 || clauses[0]!.kind !== 'main' || subjects[0] !== null) return -1;
  if (thingOpeners.has(tokens[0]?.norm ?? '')) return -1;
  const circumstantialOnly = withSubject.every(
    (i) => clauses[i]!.kind === 'subordinate' && circumstantial.has(clauses[i]!.conjunction),
  );
  return circumstantialOnly ? clauses[withSubject[0]!]!.first : -1;
}
const ownSubjects: ReadonlySet<string> = new Set(['coach', 'coachee', 'addressee', 'shared']);

/** Whether a frame of perception is one of regarding: its verb ("see", "zie") with "as"/"als" after its object. */
function regardsAs(parsed: Parsed, frame: Hit): boolean {
  const verb = parsed.tokens.findIndex((t, i) => i >= frame.first && i <= frame.last && regardVerbs.has(t.norm));
  if (verb < 0) return false;
  // Not after "that": "I saw that she was as calm as ever" perceives, with a comparison in what it saw.
  const as = parsed.tokens.findIndex((t, i) => i > frame.last && regardedAsMarkers.has(t.norm));
  return as > 0 && !parsed.tokens.slice(verb + 1, as).some((t) => complementizers.has(t.norm));
}

const { regardVerbs, regardedAsMarkers, complementizers } = functionWords;

/**
 * A frame of perception that hands focus on, or none: "Ik benoemde wat ik zag: …", "I told him what I saw: …" make what
 * was seen the object of the coach's act, which stays the coach's (rule 21: the part before the colon decides).
 */
function handedOn(parsed: Parsed, frame: Hit | undefined): Hit | undefined {
  if (!frame || frame.first === 0 || !interrogatives.has(parsed.tokens[frame.first]!.norm)) return frame;
  return parsed.focus.some((hit) => hit.cls === 'coach' && hit.last < frame.first) ? undefined : frame;
}

const interrogatives = functionWords.interrogatives;
