import type { Hit } from './matcher';
import type { Token } from './words';
import { functionWords, functionWordsIn } from '../lexicons';

// Whether a word that can open a clause ("dat", "toen", "that") opens one where it stands, by Dutch word order.

const pointingPronouns = functionWords.pointingPronouns;
const demonstratives = functionWords.demonstratives;
const beforeDemonstrative = functionWords.beforeDemonstrative;
const articles = functionWords.articles;

// A particle of a split verb looks the same ("gaf aan dat je …", "viel me op dat Jan …"): a conjunction is
// followed by its clause's subject or article, a demonstrative by its noun.
export function demonstrativeAfterPreposition(tokens: readonly Token[], hit: Hit): boolean {
  const [before, next] = [tokens[hit.first - 1], tokens[hit.first + 1]];
  if (
    hit.first !== hit.last ||
    !before ||
    !next ||
    !demonstratives.has(tokens[hit.first]!.norm) ||
    !beforeDemonstrative.has(before.norm) ||
    /[,;:]/u.test(before.after)
  )
    return false;
  return !opensClauseAfter(next.norm);
}

/** Whether a word after "dat"/"die"/"that" makes it a conjunction: its clause's subject or article follows. */
const opensClauseAfter = (word: string): boolean => subjectPronouns.has(word) || articles.has(word);
const finiteVerbs = functionWords.finiteVerbs;
const subjectPronouns = functionWords.subjectPronouns;
const adverbsInV2 = functionWords.adverbsInV2;

/** Whether a Dutch "dat"/"die" at `i` is the object of a main clause in V2 order ("dat heb ik gedaan"). */
export function pointsBackInV2(tokens: readonly Token[], i: number): boolean {
  return (
    pointingPronouns.has(tokens[i]!.norm) &&
    finiteVerbs.has(tokens[i + 1]?.norm ?? '') &&
    subjectPronouns.has(tokens[i + 2]?.norm ?? '')
  );
}

const copulasAfterPointing = functionWords.copulasAfterPointing;
// A past participle after the copula may close a relative clause ("het plan, dat is goedgekeurd", "… afgesproken").
export const participleLike = /^\p{L}*ge\p{L}+(?:[dt]|en)$|^(?:be|ver|ont|her)\p{L}+[dt]$|^\p{L}+ed$/u;

/**
 * Whether "dat"/"that" after a break is the subject of a main clause of its own, pointing back (", dat is pure
 * weerstand", ", that was brave"): a copula follows at once, where a subordinate clause puts its verb last.
 */
export function pointsBackAsSubject(tokens: readonly Token[], hit: Hit): boolean {
  const word = tokens[hit.first]!.norm;
  const verb = tokens[hit.first + 1];
  return (
    hit.first > 0 &&
    hit.first === hit.last &&
    /[,;:–—]/u.test(tokens[hit.first - 1]!.after) &&
    demonstratives.has(word) &&
    verb !== undefined &&
    copulasAfterPointing.has(verb.norm) &&
    !participleLike.test(tokens[hit.first + 2]?.norm ?? '')
  );
}

const perfectAuxiliaries = functionWords.perfectAuxiliaries;
// An object between the finite verb and "toen": a pronoun only ever an object, or one that points back ("het", "dat").
const midfieldObjects = new Set([
  ...functionWords.objectPronouns,
  ...demonstratives,
  ...functionWords.impersonalSubjects,
]);

/**
 * Whether "toen" at `i` is the adverb "then": after a finite verb, straight or after its subject, its object or
 * both ("heb je dat toen opgelost", "heeft ze hem toen gebeld"), unbroken.
 */
export function inMidfield(tokens: readonly Token[], i: number): boolean {
  if (!adverbsInV2.has(tokens[i]!.norm) || i === 0) return false;
  let at = i - 1;
  if (/[,;:]/u.test(tokens[at]!.after)) return false;
  if (midfieldObjects.has(tokens[at]!.norm) && at > 1 && !/[,;:]/u.test(tokens[at - 1]!.after)) at--;
  const before = tokens[at]!.norm;
  const verb = subjectPronouns.has(before) && at > 0 ? tokens[at - 1]!.norm : before;
  // "Hij zei toen ik binnenkwam dat …": a subject after it makes it "when" again.
  return finiteVerbs.has(verb) && !subjectPronouns.has(tokens[i + 1]?.norm ?? '');
}

/** Whether "dat"/"die" at `i` follows a form of "hebben", straight or after its subject: its object. */
export function objectOfHave(tokens: readonly Token[], i: number): boolean {
  if (!demonstratives.has(tokens[i]!.norm)) return false;
  const before = tokens[i - 1]?.norm ?? '';
  const verb = subjectPronouns.has(before) ? (tokens[i - 2]?.norm ?? '') : before;
  return perfectAuxiliaries.has(verb) && !/[,;:]/u.test(tokens[i - 1]!.after);
}

const dutch = functionWordsIn.nl;
const english = functionWordsIn.en;
const clauseAfterPreposition = new Set([...functionWords.weakSubordinators, ...functionWords.indirectQuestionOpeners]);

/**
 * Where the main clause starts after a concessive phrase that opens the sentence without a comma (rule 9): in
 * Dutch at its finite verb, a listed one or the word before a subject pronoun ("Ondanks de tegenslag gaf zij niet
 * op"); in English at a pronoun only ever a subject ("Despite her fear she spoke up"). -1 where the phrase is a
 * clause ("ondanks dat ze …", "despite what she said") or no such word follows before a stop.
 */
export function mainAfterConcessivePhrase(tokens: readonly Token[], opener: string, openerEnd: number): number {
  const nl = dutch.concessivePrepositions.has(opener);
  if (!nl && !english.concessivePrepositions.has(opener)) return -1;
  // "ondanks wat ze zei" opens a clause; "ondanks die zorgen" a phrase.
  const next = tokens[openerEnd + 1]?.norm ?? '';
  const demonstrative = demonstratives.has(next) && !opensClauseAfter(tokens[openerEnd + 2]?.norm ?? '');
  if (clauseAfterPreposition.has(next) && !demonstrative) return -1;
  for (let i = openerEnd + 2; i < tokens.length; i++) {
    if (/[,;:()–—"“”]/u.test(tokens[i - 1]!.after)) return -1;
    const word = tokens[i]!.norm;
    if (!nl) {
      if (english.nominativePronouns.has(word)) return i;
      continue;
    }
    if (dutch.finiteVerbs.has(word)) return i;
    const after = tokens[i + 1]?.norm ?? '';
    if (after !== 'het' && dutch.subjectPronouns.has(after) && !dutch.prepositions.has(word)) return i;
  }
  return -1;
}

const dutchSubjects = new Set([...dutch.subjectPronouns, ...dutch.articles, ...dutch.demonstratives]);
const dutchDeterminers = new Set([...dutch.articles, ...dutch.demonstratives, ...dutch.countWords]);

/**
 * ", al knaagt het schuldgevoel nog", "Al was ze zenuwachtig, …": Dutch "al" opening a sentence or following a comma,
 * with a verb and then its subject after it, concedes (rule 9); "al die tijd", "al twee weken" are no clause.
 */
export function concedingAl(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'al' || (at > 0 && !tokens[at - 1]!.after.includes(','))) return false;
  const verb = tokens[at + 1]?.norm ?? '';
  return (
    verb !== '' && !dutchDeterminers.has(verb) && !/\d/u.test(verb) && dutchSubjects.has(tokens[at + 2]?.norm ?? '')
  );
}
