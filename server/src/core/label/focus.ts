import type { Focus, Reason } from '../types';
import { inClause, words, type LabelContext, type Parsed, type Person } from './parsed';
import { functionWords } from '../../lexicons';
import { firstPersonOpener, imperativeOf, noteAdverbs, openingCoachAct, steeringPlan } from './note-openers';
import { suggestionOpener, suggestionRule } from './suggestions';
import { reportingAsides } from './parenthetical';
import { unlessAddressed } from './vocative';
import { subjectOf } from './clause-subject';
import { focusOf, namesSomeone } from './main-clause';
import { conditionAt } from '../if-then';
import { ownHeadingRule } from './subjectless';

// Focus: whose actions and inner world a sentence is about (rules 18-28).

export interface FocusResult {
  focus: Focus;
  reason: Reason;
  /** Per clause, the person acting in it: its own subject, or for a clause without one, the clause it continues. */
  effective: (Person | null)[];
  /**
   * The focus without rule 21, where a colon changed it: what the coach spells out still counts for valence (rule 8).
   */
  beforeColonRule?: Focus;
}

export function decideFocus(parsed: Parsed, context: LabelContext): FocusResult {
  const subjects = judgementsBesideCoach(
    parsed,
    unlessAddressed(
      parsed,
      context,
      parsed.clauses.map((clause) => subjectOf(parsed, clause, context)),
    ),
  );
  // A clause without a subject of its own continues the main clause before it ("... en besloot toen ...").
  const effective: (Person | null)[] = [];
  const asides = reportingAsides(parsed);
  subjects.forEach((subject, i) => {
    const clause = parsed.clauses[i]!;
    // What follows a colon spells something out; it does not continue the clause before it.
    const afterColon = i > 0 && parsed.tokens[clause.first - 1]!.after.includes(':');
    const continues = i > 0 && clause.kind !== 'subordinate' && !afterColon;
    effective.push(
      subject?.person ??
        (continues ? (effective.slice(0, i).findLast((p, j) => p !== null && !asides.has(j)) ?? null) : null),
    );
  });
  // "Thema: samenwerking met collega Bram": a topic label hands on to a subject named, and one naming
  // neither coach nor coachee is no one's act (rules 21, 6).
  const [label] = parsed.tokens;
  if (
    label &&
    topicLabels.has(label.norm) &&
    label.after.includes(':') &&
    !parsed.focus.some((hit) => namesSomeone.has(hit.cls))
  ) {
    return {
      focus: 'neutral',
      reason: { rule: 'a topic named', words: [label.norm] },
      effective,
      beforeColonRule: undefined,
    };
  }
  // "Vraag voor intervisie: wie wil hier die toets, zij of ik?", "Note to self: …": a label naming the coach's own
  // note hands nothing on; what follows is the coach's reflection (rules 21, 25).
  const note = coachNoteLabel(parsed);
  if (note) return noteOf('coach', { rule: 'the coach’s note to self', words: [words(parsed, note)] }, effective);
  // "Als hij weer te laat is: gewoon benoemen", "Als ze met 'geen tijd' komt → rooster erbij en samen uren tellen":
  // after the coachee's condition, a Dutch infinitive note is the coach's plan for themselves (rules 25, 26).
  const plan = context.language === 'nl' ? plannedAfterCondition(parsed) : null;
  if (plan) return noteOf('coach', { rule: 'the coach’s plan after a condition', words: [plan] }, effective);
  // "Heb hem het boek aangeraden", "Vind het lastig": a Dutch note in the first person is the coach's (rule 25).
  const own = context.language === 'nl' ? firstPersonOpener(parsed) : null;
  if (own) return noteOf('coach', { rule: 'the coach’s note in the first person', words: [own] }, effective);
  // "Vragen wat ze nodig heeft": a Dutch note of the coach steering the talk; not a learning point or a step of the
  // coachee's ("Afspraken: - Checken of haar profiel aansluit bij haar cv").
  const coachsNote = context.language === 'nl' && context.learningItem === undefined && context.stepItem !== true;
  const steering = coachsNote ? steeringPlan(parsed) : null;
  if (steering) return noteOf('coach', { rule: 'the coach’s plan for the conversation', words: [steering] }, effective);
  // An imperative inside a quotation is its speaker's ("Book the inspection", she told herself).
  // An item under learning points, goals or what went well ("Objectives: - Delegate …") is the coachee's (rule 13).
  const listed = context.learningItem !== undefined || context.wentWellItem === true;
  const imperative = (parsed.quoted.has(0) && parsed.speaker !== 'coach') || listed ? null : imperativeOf(parsed);
  if (imperative) return noteOf('coach', { rule: 'imperative', words: [imperative] }, effective);
  const suggestion = suggestionOpener(parsed);
  if (suggestion) return noteOf('coach', { rule: suggestionRule, words: [suggestion] }, effective);
  // A tip in a list of the coach's tips, written without a subject ("een lijst maken van ...", "no screens
  // after ten"), is the coach speaking, as an imperative is (rule 26).
  const firstPerson = subjects[0]?.person;
  if (parsed.adviceItem && (firstPerson === undefined || firstPerson === 'third')) {
    return noteOf('coach', { rule: 'a tip the coach gave', words: [] }, effective);
  }
  // A note that opens with the coach's act and no subject ("Also suggested he asks his GP", "Gezegd dat ze
  // naar huis moet") is the coach's, whoever the act is about (rule 25).
  // "Vroeg of ik haar brief wilde nakijken", "Asked if I could check it": a note opening with an ask of the
  // coach is the coachee asking, whoever "ik"/"I" is after it (rules 25, 15); "Daarna vroeg ze of ik …" names her.
  const ask = parsed.valence.find((hit) => hit.cls === 'asks-coach' && hit.first <= 1);
  if (
    ask &&
    (ask.first === 0 || noteAdverbs.has(parsed.tokens[0]!.norm)) &&
    !parsed.focus.some((hit) => hit.first < ask.first) &&
    !parsed.tokens.some((token, i) => i > ask.first && i <= ask.last && invertedSubjects.has(token.norm))
  ) {
    return noteOf('coachee', { rule: 'the coachee’s ask without subject', words: [words(parsed, ask)] }, effective);
  }
  // "Gesprek zelf voorbereid en gevoerd, zonder mij", "held the talk herself, without me": a note that leaves the
  // coach out is the coachee's doing (rule 25).
  const withoutCoach = subjects.every((subject) => subject === null || subject.person === 'third')
    ? coachLeftOut(parsed)
    : -1;
  if (withoutCoach >= 0)
    return noteOf(
      'coachee',
      {
        rule: 'the coachee’s doing without the coach',
        words: [words(parsed, { first: withoutCoach, last: withoutCoach + 1 })],
      },
      effective,
    );
  // Under what went well ('- Sent the landlord email'), a note's act is the coachee's (rule 25).
  const act = context.wentWellItem === true ? null : openingCoachAct(parsed);
  if (act) return noteOf('coach', { rule: 'coach’s act without subject', words: [act] }, effective);
  const limit = colonLimit(parsed, subjects);
  const decided = focusOf(parsed, subjects, limit);
  // Read again without rule 21 only where a colon had a say.
  const without =
    limit < parsed.clauses.length ? focusOf(parsed, subjects, parsed.clauses.length).focus : decided.focus;
  // Fields named rather than spread, every result with the same fields: one shape for all who read it.
  return {
    focus: decided.focus,
    reason: decided.reason,
    // A note to self names no one: its clauses are the coach's, whose own words are the coach's side (rule 8).
    effective: decided.reason.rule === ownHeadingRule ? effective.map((p) => p ?? 'coach') : effective,
    beforeColonRule: without !== decided.focus ? without : undefined,
  };
}

/**
 * "Dat vroeg moed, en ik heb er niets over gevraagd", "Dit is gewoon gebrek aan inzet, en daar moet ik
 * doorheen": a judgement whose subject points back at what the coachee did is about the coachee (rule
 * 20), so beside the coach's own clause the sentence is both (rule 22), not the coach's alone.
 */
function judgementsBesideCoach(
  parsed: Parsed,
  subjects: ({ person: Person; word: string } | null)[],
): ({ person: Person; word: string } | null)[] {
  if (!subjects.some((s) => s?.person === 'coach')) return subjects;
  return subjects.map((subject, i) => {
    const clause = parsed.clauses[i]!;
    const opener = parsed.tokens[clause.conjunction === '' ? clause.first : clause.first + 1];
    if (subject || clause.kind === 'subordinate' || !opener || !pointingSubjects.has(opener.norm)) return subject;
    const judged = parsed.valence.some(
      (hit) => (hit.cls === 'strength' || hit.cls === 'weakness') && inClause(hit, clause),
    );
    return judged ? { person: 'coachee', word: opener.norm } : subject;
  });
}

/**
 * Rule 21: where a part before a colon has a subject, the clauses from the colon on do not decide focus; the first of
 * them, or the number of clauses.
 */
function colonLimit(parsed: Parsed, subjects: readonly ({ person: Person; word: string } | null)[]): number {
  const { clauses } = parsed;
  const colon = clauses.findIndex((clause, i) => i > 0 && parsed.tokens[clause.first - 1]!.after.includes(':'));
  return colon > 0 && subjects.slice(0, colon).some((s) => s !== null) ? colon : clauses.length;
}

/** A sentence decided for one person, whose first clause is then theirs. */
function noteOf(focus: 'coach' | 'coachee', reason: Reason, effective: (Person | null)[]): FocusResult {
  return { focus, reason, effective: effective.map((p, i) => (i === 0 ? focus : p)), beforeColonRule: undefined };
}

/**
 * The infinitive that ends a note after an opening condition ("als", "wanneer") and its comma, colon or arrow, when
 * that note names no one and has no finite verb; null otherwise.
 */
function plannedAfterCondition(parsed: Parsed): string | null {
  const { tokens } = parsed;
  const condition = conditionAt(tokens);
  if (condition < 0) return null;
  const cut = tokens.findIndex((token, i) => i > condition && /[,:;→]|->/u.test(token.after));
  if (cut < 1 || cut >= tokens.length - 1) return null;
  const note = tokens.slice(cut + 1);
  const last = note.at(-1)!;
  // "samen" in the plan is the coach doing it with the coachee: still the coach's plan.
  const named = parsed.focus.some(
    (hit) => hit.first > cut && namesSomeone.has(hit.cls) && !(hit.cls === 'shared' && together.has(hit.term)),
  );
  if (named || note.some((token) => finiteVerbs.has(token.norm) || subjectPronouns.has(token.norm))) return null;
  return last.norm.length >= 4 && last.norm.endsWith('en') && !parsed.quoted.has(tokens.length - 1) ? last.norm : null;
}

/** Where "zonder mij", "without me" leaves the coach out of a note, outside quotation marks; -1 if nowhere. */
function coachLeftOut(parsed: Parsed): number {
  const { tokens } = parsed;
  return tokens.findIndex(
    (token, i) =>
      negatingPrepositions.has(token.norm) && coachObjects.has(tokens[i + 1]?.norm ?? '') && !parsed.quoted.has(i),
  );
}

/** A coach's-note phrase in the short label before a sentence's first colon, if any. */
function coachNoteLabel(parsed: Parsed): { first: number; last: number } | undefined {
  const colon = parsed.tokens.findIndex((token) => token.after.includes(':'));
  if (colon < 0 || colon > maxLabelWords - 1) return undefined;
  return parsed.focus.find((hit) => hit.cls === 'coach-note' && hit.last <= colon && !parsed.quoted.has(hit.first));
}

// A label before a colon is short: "Vraag voor de intervisie:", "Note to self:".
const maxLabelWords = 5;
const pointingSubjects = functionWords.pointingSubjects;
const negatingPrepositions = functionWords.shortReachNegators;
const coachObjects = functionWords.coachObjectPronouns;
const together = functionWords.together;
const finiteVerbs = functionWords.finiteVerbs;
const subjectPronouns = functionWords.subjectPronouns;
const topicLabels = functionWords.topicLabels;
const invertedSubjects = functionWords.invertedSubjects;
