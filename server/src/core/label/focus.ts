import { pointsBackInV2, type Clause } from '../clauses';
import type { Hit } from '../matcher';
import type { Focus, Reason } from '../types';
import { findLastIndex, has, inClause, words, type LabelContext, type Parsed, type Person } from './parsed';
import { functionWords } from '../../lexicons';
import { imperativeOf, noteAdverbs, openingCoachAct } from './note-openers';
import { jointWork, subjectless } from './subjectless';
import { reportingAsides } from './parenthetical';
import { passiveAgent } from './passive-agent';
import { unlessAddressed } from './vocative';

// Focus: whose actions and inner world a sentence is about (rules 18-28).

export interface FocusResult {
  focus: Focus;
  reason: Reason;
  /** Per clause, the person acting in it: its own subject, or for a clause without one, the clause it continues. */
  effective: (Person | null)[];
  /** The focus without rule 21, where a colon changed it: what the coach spells out still counts for valence (rule 8). */
  beforeColonRule?: Focus;
}

function subjectOf(parsed: Parsed, clause: Clause, context: LabelContext): { person: Person; word: string } | null {
  const passive = passiveAgent(parsed, clause, context.language);
  if (passive) return passive;
  const { tokens } = parsed;
  const limit = Math.min(clause.last, clause.first + 6);
  for (let i = clause.first; i <= limit; i++) {
    const token = tokens[i]!;
    const cls = (name: string): boolean => focusAt(parsed, i, name);
    // "aan betrokkene toegestuurd", "with him": after a preposition the coach or coachee is no subject (a
    // third party there still tells the coachee's situation: "Gesprek met Bram uitgesteld").
    if (afterPreposition(tokens, i) && !cls('third') && !context.names.has(token.norm) && !nominative.has(token.norm)) continue;
    const first = i === clause.first || (i === clause.first + 1 && clause.conjunction !== '');
    if (parsed.quoted.has(i) && (cls('coach') || cls('addressee'))) {
      if (cls('coach')) return { person: parsed.speaker, word: token.norm };
      continue;
    }
    // "mijn cliënt", "my client": the coachee, though the phrase opens with the coach's possessive.
    if (cls('coachee') && cls('coach')) return { person: 'coachee', word: token.norm };
    if (cls('coach') && !(token.norm === 'coach' && i > clause.first && tokens[i - 1]!.norm !== 'de' && tokens[i - 1]!.norm !== 'the')) {
      if ((token.norm === 'mijn' || token.norm === 'my') && !first) continue;
      return { person: 'coach', word: token.norm };
    }
    if (cls('coachee') || context.names.has(token.norm)) return { person: 'coachee', word: token.norm };
    if (cls('addressee')) return { person: context.perspective === 'coach' ? 'coachee' : 'coachee', word: token.norm };
    // "In our session I …", "Tijdens onze sessie heb ik …": a possessive inside a phrase is not who acts.
    if (cls('shared') && (token.norm === 'our' || token.norm === 'onze') && !first) continue;
    if (cls('shared') && token.norm !== 'ons' && token.norm !== 'us' && !together.has(token.norm)) {
      return { person: 'shared', word: token.norm };
    }
    if (cls('possessive-coachee') && first) return { person: 'third', word: token.norm };
    if (cls('third')) return { person: 'third', word: token.norm };
  }
  return null;
}

const prepositions = functionWords.prepositions;
const nominative = functionWords.nominativePronouns;
const together = functionWords.together;
const articles = functionWords.articles;

/** Whether the token at `i` follows a preposition, straight or after an article. */
function afterPreposition(tokens: readonly { norm: string }[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  return prepositions.has(before) || (articles.has(before) && prepositions.has(tokens[i - 2]?.norm ?? ''));
}

/** Whether a focus hit of a class starts at a token. The hits are sorted by where they start. */
function focusAt(parsed: Parsed, token: number, cls: string): boolean {
  for (const hit of parsed.focus) {
    if (hit.first > token) return false;
    if (hit.first === token && hit.cls === cls) return true;
  }
  return false;
}

export function decideFocus(parsed: Parsed, context: LabelContext): FocusResult {
  const subjects = judgementsBesideCoach(parsed, unlessAddressed(parsed, context, parsed.clauses.map((clause) => subjectOf(parsed, clause, context))));
  // A clause without a subject of its own continues the main clause before it ("... en besloot toen ...").
  const effective: (Person | null)[] = [];
  const asides = reportingAsides(parsed);
  subjects.forEach((subject, i) => {
    const clause = parsed.clauses[i]!;
    // What follows a colon spells something out; it does not continue the clause before it.
    const afterColon = i > 0 && parsed.tokens[clause.first - 1]!.after.includes(':');
    const continues = i > 0 && clause.kind !== 'subordinate' && !afterColon;
    effective.push(subject?.person ?? (continues ? (effective.slice(0, i).findLast((p, j) => p !== null && !asides.has(j)) ?? null) : null));
  });
  // "Thema: samenwerking met collega Bram": a topic label hands on to a subject named, and one naming
  // neither coach nor coachee is no one's act (rules 21, 6).
  const [label] = parsed.tokens;
  if (label && topicLabels.has(label.norm) && label.after.includes(':') && !parsed.focus.some((hit) => namesSomeone.has(hit.cls))) {
    return { focus: 'neutral', reason: { rule: 'a topic named', words: [label.norm] }, effective };
  }
  // An imperative inside a quotation is its speaker's ("Book the inspection", she told herself).
  const imperative = parsed.quoted.has(0) && parsed.speaker !== 'coach' ? null : imperativeOf(parsed);
  if (imperative) return { focus: 'coach', reason: { rule: 'imperative', words: [imperative] }, effective: effective.map((p, i) => (i === 0 ? 'coach' : p)) };
  // A tip in a list of the coach's tips, written without a subject ("een lijst maken van ...", "no screens
  // after ten"), is the coach speaking, as an imperative is (rule 26).
  const firstPerson = subjects[0]?.person;
  if (parsed.adviceItem && (firstPerson === undefined || firstPerson === 'third')) {
    return { focus: 'coach', reason: { rule: 'a tip the coach gave', words: [] }, effective: effective.map((p, i) => (i === 0 ? 'coach' : p)) };
  }
  // A note that opens with the coach's act and no subject ("Also suggested he asks his GP", "Gezegd dat ze
  // naar huis moet") is the coach's, whoever the act is about (rule 25).
  // "Vroeg of ik haar brief wilde nakijken", "Asked if I could check it": a note opening with an ask of the
  // coach is the coachee asking, whoever "ik"/"I" is after it (rules 25, 15).
  const ask = parsed.valence.find((hit) => hit.cls === 'asks-coach' && hit.first <= 1);
  if (ask && (ask.first === 0 || noteAdverbs.has(parsed.tokens[0]!.norm)) && !parsed.focus.some((hit) => hit.first < ask.first)) {
    return { focus: 'coachee', reason: { rule: 'the coachee’s ask without subject', words: [words(parsed, ask)] }, effective: effective.map((p, i) => (i === 0 ? 'coachee' : p)) };
  }
  const act = openingCoachAct(parsed);
  if (act) return { focus: 'coach', reason: { rule: 'coach’s act without subject', words: [act] }, effective: effective.map((p, i) => (i === 0 ? 'coach' : p)) };
  const limit = colonLimit(parsed, subjects);
  const decided = focusOf(parsed, subjects, limit);
  // Read again without rule 21 only where a colon had a say.
  const without = limit < parsed.clauses.length ? focusOf(parsed, subjects, parsed.clauses.length).focus : decided.focus;
  return { ...decided, effective, ...(without !== decided.focus ? { beforeColonRule: without } : {}) };
}

/**
 * "Dat vroeg moed, en ik heb er niets over gevraagd", "Dit is gewoon gebrek aan inzet, en daar moet ik
 * doorheen": a judgement whose subject points back at what the coachee did is about the coachee (rule
 * 20), so beside the coach's own clause the sentence is both (rule 22), not the coach's alone.
 */
function judgementsBesideCoach(parsed: Parsed, subjects: ({ person: Person; word: string } | null)[]): ({ person: Person; word: string } | null)[] {
  if (!subjects.some((s) => s?.person === 'coach')) return subjects;
  return subjects.map((subject, i) => {
    const clause = parsed.clauses[i]!;
    const opener = parsed.tokens[clause.conjunction === '' ? clause.first : clause.first + 1];
    if (subject || clause.kind === 'subordinate' || !opener || !pointingSubjects.has(opener.norm)) return subject;
    const judged = parsed.valence.some((hit) => (hit.cls === 'strength' || hit.cls === 'weakness') && inClause(hit, clause));
    return judged ? { person: 'coachee', word: opener.norm } : subject;
  });
}

/** Rule 21: where a part before a colon has a subject, the clauses from the colon on do not decide focus; the first of them, or the number of clauses. */
function colonLimit(parsed: Parsed, subjects: readonly ({ person: Person; word: string } | null)[]): number {
  const { clauses } = parsed;
  const colon = clauses.findIndex((clause, i) => i > 0 && parsed.tokens[clause.first - 1]!.after.includes(':'));
  return colon > 0 && subjects.slice(0, colon).some((s) => s !== null) ? colon : clauses.length;
}


/** Focus from the clauses' subjects, reading only the clauses before `before` (see colonLimit). */
function focusOf(parsed: Parsed, subjects: ({ person: Person; word: string } | null)[], before: number): { focus: Focus; reason: Reason } {
  const { clauses, focus: hits } = parsed;
  const reason = (rule: string, ...found: string[]): Reason => ({ rule, words: found });
  // A frame inside a quotation is the speaker's ("Now I think …" in her words), not the coach's (rule 27).
  // "Hij dacht dat …", "Ze vond dat …": a frame that does not name the coach is the opinion of its clause's subject.
  const coachFrames = (hit: Hit): boolean => {
    const subject = subjects[clauses.findIndex((clause) => inClause(hit, clause))];
    return !subject || subject.person === 'coach' || parsed.tokens.slice(hit.first, hit.last + 1).some((t) => coachPronouns.has(t.norm) || t.norm === 'me');
  };
  const opinion = hits.find((hit) => hit.cls === 'opinion-frame' && (!parsed.quoted.has(hit.first) || parsed.speaker === 'coach') && coachFrames(hit));
  const contrastIndex = findLastIndex(clauses, (clause, i) => i < before && clause.kind === 'contrast' && subjects[i] !== null);
  if (has(hits, 'salutation') && hits.find((hit) => hit.cls === 'salutation')!.first === 0 && parsed.tokens.length <= 6) {
    return { focus: 'neutral', reason: reason('salutation', words(parsed, has(hits, 'salutation')!)) };
  }
  if (contrastIndex >= 0) {
    const subject = subjects[contrastIndex]!;
    return { focus: personFocus(subject.person), reason: reason(`subject after “${clauses[contrastIndex]!.conjunction}”`, subject.word) };
  }
  if (opinion) return { focus: 'coach', reason: reason('opinion frame', words(parsed, opinion)) };
  // A perception frame hands focus to what it introduces.
  const perception = has(hits, 'perception-frame');
  let considered = clauses.map((_, i) => i);
  if (perception) {
    const frameClause = clauses.findIndex((clause) => inClause(perception, clause));
    const after = considered.filter((i) => i > frameClause && subjects[i] !== null);
    if (after.length > 0) {
      const subject = subjects[after[0]!]!;
      const focus = subject.person === 'coach' ? 'coach' : personFocus(subject.person);
      return { focus, reason: reason('perception frame', words(parsed, perception), subject.word) };
    }
    // "I see three things": a frame that introduces no one leaves the perceiver acting (rule 18).
    const introducesSomeone = hits.some((hit) => hit.first > perception.last && namesSomeone.has(hit.cls) && hit.cls !== 'coach');
    if (introducesSomeone || considered.some((i) => i !== frameClause && subjects[i] !== null)) considered = considered.filter((i) => i !== frameClause);
  }
  if (!perception) considered = considered.filter((i) => i < before);
  const main = considered.filter((i) => (mainLevel(parsed, i) || (clauses[i]!.kind !== 'subordinate' && clauses[i]!.kind !== 'concessive')) && subjects[i] !== null);
  // "Rollenspel gedaan waarin ik de medewerker speelde": a main clause without a subject that tells joint work
  // is neutral, whoever acts in the clause it holds (rule 25).
  const joint = main.length === 0 ? jointWork(parsed) : undefined;
  if (joint && clauses.some((clause, i) => inClause(joint, clause) && subjects[i] === null && clause.kind !== 'subordinate' && clause.kind !== 'concessive')) {
    const implied = subjectless(parsed);
    if (implied.reason.rule === 'joint work or session') return implied;
  }
  const pool = main.length > 0 ? main : considered.filter((i) => subjects[i] !== null);
  const found = pool.map((i) => subjects[i]!);
  const coach = found.find((s) => s.person === 'coach');
  const coachee = found.find((s) => s.person === 'coachee');
  if (coach && coachee) return { focus: 'neutral', reason: reason('coach and coachee clauses', coach.word, coachee.word) };
  if (coach) return { focus: 'coach', reason: reason('subject', coach.word) };
  if (coachee) return { focus: 'coachee', reason: reason('subject', coachee.word) };
  const third = found.find((s) => s.person === 'third');
  if (third) return { focus: 'coachee', reason: reason('third party in the coachee’s situation', third.word) };
  const shared = found.find((s) => s.person === 'shared');
  if (shared) return { focus: 'neutral', reason: reason('shared subject', shared.word) };
  return subjectless(parsed);
}

const coachPronouns = functionWords.coachPronouns;
const pointingSubjects = functionWords.pointingSubjects;
const topicLabels = functionWords.topicLabels;
const namesSomeone: ReadonlySet<string> = new Set(['coach', 'coachee', 'addressee', 'possessive-coachee', 'shared', 'speaker-coach', 'speaker-coachee']);

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
  if (!andWords.has(clause.conjunction) || !/[,;?!"”]/u.test(parsed.tokens[clause.first - 1]?.after ?? '')) return false;
  // "…, en dat heb ik toegezegd": a pointing object before the verb and its subject (V2).
  const subject = pointsBackInV2(parsed.tokens, clause.first + 1) ? clause.first + 3 : clause.first + 1;
  return parsed.focus.some((hit) => hit.first === subject && ownSubjects.has(hit.cls));
}

const andWords = functionWords.andCoordinators;
const ownSubjects: ReadonlySet<string> = new Set(['coach', 'coachee', 'addressee', 'shared']);
