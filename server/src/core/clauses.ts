import type { Hit } from './matcher';
import type { Token } from './words';
import { evenAt, limitsAt, particleAt } from './limiters';
import { functionWords } from '../lexicons';
import {
  concedingAl,
  demonstrativeAfterPreposition,
  inMidfield,
  mainAfterConcessivePhrase,
  objectOfHave,
  pointsBackAsSubject,
  pointsBackInV2,
} from './clause-openers';

export { participleLike, pointsBackInV2 } from './clause-openers';

/** A note's arrow from what was seen to what follows from it ("Komt te laat → geen commitment"). */
export const noteArrow = /→|⇒|->|=>/u;

/** A stretch of a sentence between clause boundaries, with the word that opened it. */
export interface Clause {
  first: number;
  last: number;
  /** The conjunction that opens the clause, lower case, or '' for none. */
  conjunction: string;
  kind: 'main' | 'subordinate' | 'contrast' | 'concessive';
}

// Words that open a subordinate clause only when they do not start the sentence
// ("Dat was slim" is a main clause; "Ik zag dat ..." opens one).
const seemingVerbs = functionWords.seemingVerbs;
const weakSubordinators = functionWords.weakSubordinators;
const andCoordinators = functionWords.andCoordinators;
const turnsAfterAnd = functionWords.turnsAfterAnd;

const strongContrast = functionWords.strongContrast;
const { toInfinitive, prepositionalObjects } = functionWords;

// The subject that opens an English complement without "that" ("I think she is ...", "I noticed he ..."):
// a pronoun or a determiner. Anything else after a frame ("I feel terrible") is the frame's own clause.
const complementSubjects = functionWords.complementSubjects;
const frameAdverbs = functionWords.frameAdverbs;

/** Cuts a sentence's tokens into clauses at punctuation and conjunctions. */
export function splitClauses(tokens: readonly Token[], hitsByClass: (cls: string) => Hit[]): Clause[] {
  const starts = new Map<number, { word: string; kind: Clause['kind'] }>();
  const covered = new Uint8Array(tokens.length);
  // After a label of a word or two ("Coach:", "Mijn vraag:") the sentence starts again: "wat" opens a question there.
  const afterLabel = tokens[0]?.after.includes(':') ? 1 : tokens[1]?.after.includes(':') ? 2 : 0;
  // "viel op dat betrokkene …", "zag in dat haar …": a person after "dat" is its clause's subject.
  const personAt = (i: number): boolean => persons.some((cls) => hitsByClass(cls).some((hit) => hit.first === i));
  const mark = (cls: string, kind: Clause['kind']): void => {
    for (const hit of hitsByClass(cls)) {
      if (
        (hit.first === 0 || hit.first === afterLabel) &&
        kind === 'subordinate' &&
        weakSubordinators.has(tokens[hit.first]!.norm)
      )
        continue;
      // "Op dat moment", "at that point": after a preposition "dat"/"that" points; it opens no clause.
      if (kind === 'subordinate' && demonstrativeAfterPreposition(tokens, hit) && !personAt(hit.first + 1)) continue;
      // "hoe ze dat aangepakt heeft": "dat" right after the subject of a clause just opened is its object.
      if (
        kind === 'subordinate' &&
        demonstratives.has(tokens[hit.first]!.norm) &&
        subjectPronouns.has(tokens[hit.first - 1]?.norm ?? '') &&
        hitsByClass('subordinator').some((s) => s.last === hit.first - 2)
      )
        continue;
      // "Klinkt als faalangst", "It feels like failing": after a verb of seeming "als"/"like" compares.
      // Not before a subject: "zou voelen als hij in de WW belandt" opens a condition.
      if (
        kind === 'subordinate' &&
        seemingVerbs.has(tokens[hit.first - 1]?.norm ?? '') &&
        !subjectPronouns.has(tokens[hit.first + 1]?.norm ?? '')
      )
        continue;
      // "…, en dat heb ik toegezegd": a pointing "dat" before a finite verb and its subject is an object (V2).
      if (kind === 'subordinate' && pointsBackInV2(tokens, hit.first)) continue;
      if (kind === 'subordinate' && pointsBackAsSubject(tokens, hit)) continue;
      // "Ik heb dat hardop benoemd", "heb ik dat gedaan": after a form of "hebben", "dat" is its object, no opener.
      if (kind === 'subordinate' && objectOfHave(tokens, hit.first)) continue;
      // "Toen zei ze …": a verb, then the subject, after "toen" make it the adverb "then" (V2), no clause of time.
      if (
        kind === 'subordinate' &&
        adverbsInV2.has(tokens[hit.first]!.norm) &&
        !subjectPronouns.has(tokens[hit.first + 1]?.norm ?? '') &&
        subjectPronouns.has(tokens[hit.first + 2]?.norm ?? '')
      )
        continue;
      // "Ik heb toen uitgelegd", "heb ik toen gezegd": after a finite verb, or its subject after it, "toen" is "then".
      if (kind === 'subordinate' && inMidfield(tokens, hit.first)) continue;
      // "came to her for advice": "to" before an object or a determiner is a preposition, no infinitive.
      if (
        kind === 'subordinate' &&
        toInfinitive.has(tokens[hit.first]!.norm) &&
        prepositionalObjects.has(tokens[hit.first + 1]?.norm ?? '')
      )
        continue;
      // "even when" opens one clause, not two.
      if (covered[hit.first] === 1) continue;
      // "Though he was nervous, …": a word of both kinds that opens the sentence concedes rather than turns.
      if (kind === 'contrast' && hit.first === 0 && hitsByClass('concessive').some((c) => c.first === 0)) continue;
      starts.set(hit.first, {
        word: tokens
          .slice(hit.first, hit.last + 1)
          .map((t) => t.norm)
          .join(' '),
        kind,
      });
      covered.fill(1, hit.first, hit.last + 1);
    }
  };
  // "not once", "geen enkele keer": a negation of several words opens no clause inside it ("once" is no "as soon as"),
  // nor does a fixed phrase ("back and forth", "heen en weer").
  for (const hit of [...hitsByClass('negator'), ...hitsByClass('fixed-phrase')])
    if (hit.last > hit.first) covered.fill(1, hit.first + 1, hit.last + 1);
  mark('contrast', 'contrast');
  mark('concessive', 'concessive');
  // ", al knaagt het nog", "Al was ze zenuwachtig,": Dutch "al" before a verb and its subject concedes (rule 9).
  for (let i = 0; i < tokens.length; i++)
    if (!covered[i] && concedingAl(tokens, i)) {
      starts.set(i, { word: 'al', kind: 'concessive' });
      covered[i] = 1;
    }
  mark('subordinator', 'subordinate');
  mark('coordinator', 'main');
  // A frame of opinion or perception opens what it frames, with or without "that" (rules 19, 8).
  for (const hit of [...hitsByClass('opinion-frame'), ...hitsByClass('perception-frame')]) {
    // Past an adverb or two of the frame's own ("I think deep down she is ..."), set off by commas or not.
    let next = hit.last + 1;
    while (next < tokens.length && next <= hit.last + 2 && frameAdverbs.has(tokens[next]!.norm)) next++;
    const pause = next > hit.last + 1 ? /[;:.]/u : /[,;:.]/u;
    if (
      next < tokens.length &&
      !covered[next] &&
      complementSubjects.has(tokens[next]!.norm) &&
      !tokens.slice(hit.last, next).some((token) => pause.test(token.after))
    ) {
      starts.set(next, { word: '', kind: 'subordinate' });
    }
  }
  // "yet", "still", "so", "toch", "dus" turn the sentence only at the start of a clause ("..., yet she went");
  // inside one they are adverbs ("has not yet called", "heb het toch gezegd").
  // Right after "and"/"en" they turn it too ("and yet she went", "en toch heeft ze het gezegd", "and still she did
  // it"), "still" only before its subject ("and still struggles" goes on).
  for (const [index, start] of [...starts]) {
    if (start.kind !== 'contrast' || strongContrast.has(start.word) || index === 0) continue;
    if (/[,;:–—]/u.test(tokens[index - 1]!.after)) continue;
    const afterAnd = andCoordinators.has(tokens[index - 1]!.norm) && turnsAfterAnd.has(start.word);
    const subjectNext = nominativePronouns.has(tokens[index + 1]?.norm ?? '');
    if (afterAnd && (start.word !== 'still' || subjectNext)) {
      starts.delete(index - 1);
      continue;
    }
    starts.delete(index);
  }
  // "heeft ze maar twee dagen bijgehouden": "maar" before a number is "only", no turn.
  // "zonder ook maar één keer": "maar" is "even", no turn either; nor is it in "zelf maar gebeld".
  for (const [index, start] of [...starts])
    if (start.kind === 'contrast' && (limitsAt(tokens, index) || evenAt(tokens, index) || particleAt(tokens, index)))
      starts.delete(index);
  mainAfterOpeningClause(tokens, starts);
  const opening = starts.get(0);
  if (opening?.kind === 'concessive') {
    const main = mainAfterConcessivePhrase(tokens, opening.word, opening.word.split(' ').length - 1);
    if (main > 0 && !starts.has(main)) starts.set(main, { word: '', kind: 'main' });
  }
  const clauses: Clause[] = [];
  let current: Clause = { first: 0, last: -1, conjunction: '', kind: 'main' };
  for (let i = 0; i < tokens.length; i++) {
    const opener = starts.get(i);
    const previous = tokens[i - 1];
    // An arrow of a note ("Komt te laat → geen commitment") ends a clause as a colon does.
    const punctuationBreak =
      previous !== undefined && (/[,;:()–—]|\s-\s?/u.test(previous.after) || noteArrow.test(previous.after));
    if (i > 0 && (opener || punctuationBreak)) {
      clauses.push(current);
      current = { first: i, last: i - 1, conjunction: '', kind: 'main' };
    }
    if (opener && i === current.first) {
      current.conjunction = opener.word;
      // "... even though X and Y": Y is still part of the concession.
      const previousKind = clauses.at(-1)?.kind;
      current.kind =
        opener.kind === 'main' &&
        opener.word !== '' &&
        (previousKind === 'concessive' || previousKind === 'subordinate')
          ? previousKind
          : opener.kind;
    }
    current.last = i;
  }
  if (current.last >= current.first) clauses.push(current);
  // "kept to that," is no clause of its own: a weak subordinator opening two words or fewer is a preposition or
  // pronoun.
  const merged: Clause[] = [];
  for (const clause of clauses) {
    const previous = merged.at(-1);
    if (
      previous &&
      weakSubordinators.has(clause.conjunction) &&
      clause.last - clause.first < 2 &&
      previous.last === clause.first - 1
    )
      previous.last = clause.last;
    else merged.push(clause);
  }
  return merged;
}

/**
 * "When I asked about the fight he shrugged", "Although she was tired she went on": after a subordinate or
 * concessive clause that opens the sentence without a comma, a second pronoun that is only ever a subject starts
 * the main clause (rule 18), unless a word that opens a clause of its own, joins two subjects or reports speech or
 * thought ("If he says I am wrong") stands right before it.
 */
function mainAfterOpeningClause(
  tokens: readonly Token[],
  starts: Map<number, { word: string; kind: Clause['kind'] }>,
): void {
  const opening = starts.get(0)?.kind;
  if (opening !== 'subordinate' && opening !== 'concessive') return;
  let subjects = 0;
  for (let i = 1; i < tokens.length; i++) {
    // A clause it holds ("what she wanted", a frame's complement) is read past; a turn or a stop ends the search.
    const start = starts.get(i);
    if ((start && start.kind !== 'subordinate') || /[,;:()–—"“”]/u.test(tokens[i - 1]!.after)) return;
    if (!nominativePronouns.has(tokens[i]!.norm)) continue;
    if (++subjects === 1) continue;
    const before = tokens[i - 1]!.norm;
    if (start || weakSubordinators.has(before) || joiningWords.has(before) || sayingWords.has(before)) continue;
    starts.set(i, { word: '', kind: 'main' });
    return;
  }
}

const nominativePronouns = functionWords.nominativePronouns;
const joiningWords = new Set([...functionWords.andCoordinators, ...functionWords.orCoordinators]);
const sayingWords = new Set([
  ...functionWords.parentheticalReporting,
  ...functionWords.pastThinking,
  ...functionWords.presentThinking,
]);
const persons = ['coach', 'coachee', 'addressee', 'third', 'possessive-coachee', 'shared'];
const subjectPronouns = functionWords.subjectPronouns;
const adverbsInV2 = functionWords.adverbsInV2;
const demonstratives = functionWords.demonstratives;
