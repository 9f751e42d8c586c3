import type { MarkdownDocument } from './markdown';
import type { Perspective } from './types';
import { isLetterAt, isLetterBefore } from './words';
import { functionWords } from '../lexicons';
import { nameParts } from './coachee-name';

const notNames = functionWords.notNames;
const beforeNoName = functionWords.beforeNoName;
const titles = functionWords.personalTitles;
const modelAuthors = functionWords.modelAuthors;
const teamMarkers = [...functionWords.teamCoachingMarkers];
const teamWords = functionWords.teamWords;
// "Notes on the plan", "Reflectie op mijn rol": a word a preposition or article follows is no subject.
const notAfterSubject = new Set([
  ...functionWords.prepositions,
  ...functionWords.beforeDemonstrative,
  ...functionWords.articles,
]);

/** What one part of a report tells about the whole: names, pronouns. Cached with the parsed part. */
export interface Evidence {
  /** Words written with a capital inside a sentence, in lower case. */
  capitalised: Set<string>;
  /** The part's prose and heading texts, searched when a capitalised word elsewhere may be a name. */
  texts: string[];
  /** What that search found so far, by word. */
  lower: Map<string, boolean>;
  /** Whether a sentence of the part opens with a title word as its subject, by word: asked on every keystroke. */
  opens: Map<string, boolean>;
  second: number;
  third: number;
  firstPerson: number;
  /** Words that open a heading before a dash ("Jordan – session 2"), as written: a name if sentences open with it. */
  titled: Set<string>;
  /** A heading names team coaching ("Teamcoaching klantcontactcentrum"). */
  team: boolean;
  /** Initials that stand for a person before a verb ("S. describes", "that S. needs"), in lower case. */
  initials: Set<string>;
}

/** The evidence of one parsed part, from the cache (a document's, while it is typed) while the part is unchanged. */
export function evidenceOf(part: MarkdownDocument, cache?: WeakMap<MarkdownDocument, Evidence>): Evidence {
  let evidence = cache?.get(part);
  if (evidence) return evidence;
  const texts = [...part.blocks.map((b) => b.text), ...part.headings.map((h) => h.text)];
  const team = part.headings.some(({ text }) => {
    const lower = text.toLowerCase();
    return teamMarkers.some((marker) => lower.includes(marker));
  });
  evidence = {
    capitalised: new Set(),
    titled: new Set(),
    texts,
    lower: new Map(),
    opens: new Map(),
    second: 0,
    third: 0,
    firstPerson: 0,
    team,
    initials: new Set(),
  };
  for (const text of texts) {
    for (const match of text.matchAll(/([^.!?:"“]\s+|[(])(\p{Lu}\p{Ll}+)/gu)) {
      if (!afterNoNameArticle(text, match.index + match[1]!.length)) evidence.capitalised.add(match[2]!.toLowerCase());
    }
    // A person written by an initial, a lower-case word after it ("S. describes", "that S. simply needs"), not a
    // surname ("J. Peeters").
    for (const match of text.matchAll(/(?:^|[\s(])(\p{Lu})\.\s+\p{Ll}/gu))
      evidence.initials.add(match[1]!.toLowerCase());
    // A name that only opens sentences: with an age ("Hanneke (48) is …", "Bas, 38, …").
    for (const match of text.matchAll(/(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+)(?=\s*\(\d|,\s*\d)/gu))
      evidence.capitalised.add(match[1]!.toLowerCase());
  }
  // A heading that opens with a name and a comma or bracket: "Hanneke, gesprek 5", "Amara (15)".
  for (const { text } of part.headings) {
    const name = /^(\p{Lu}\p{Ll}+)(?=,|\s*\()/u.exec(text);
    if (name) evidence.capitalised.add(name[1]!.toLowerCase());
    // "Voortgangsrapportage mevrouw De Vries": a title that ends in a person's title and surname names the coachee.
    const surname = titledSurname(text);
    if (surname) evidence.capitalised.add(surname);
    // "Jordan – session 2", "Reinout Bakels – derde gesprek": a title's opening word before a dash, when the
    // report's sentences open with it too ("Notes – Dev" opens none).
    const titled = /^(\p{Lu}\p{Ll}+)(?=(?:\s+\p{Lu}\p{Ll}+)?\s+[-–—]\s)/u.exec(text);
    if (titled) evidence.titled.add(titled[1]!);
    // "Coaching recap: Dana R., VP Product", "Verslag: Sanne (sessie 3)": a word after a title's colon that a name's
    // initial, comma or bracket follows, or that ends the title, when sentences open with it too.
    const afterColon = /:\s+(\p{Lu}\p{Ll}+)(?=\s+\p{Lu}\.|\s*[,(]|\s*$)/u.exec(text);
    if (afterColon) evidence.titled.add(afterColon[1]!);
  }
  // ASCII words between ASCII boundaries: without the u flag, as /iu folds case by Unicode (six times the cost).
  for (const { text } of part.blocks) {
    evidence.second += countMatches(text, /\b(je|jij|jouw|you|your)\b/gi);
    evidence.third += countMatches(text, /\b(hij|zij|ze|haar|hem|he|she|her|him)\b/gi);
    evidence.firstPerson += countMatches(text, /\b(ik|I)\b/g);
  }
  cache?.set(part, evidence);
  return evidence;
}

/** Whether a sentence of the part opens with the word as a subject, worked out once per part. */
function opensIn(evidence: Evidence, word: string): boolean {
  let found = evidence.opens.get(word);
  if (found === undefined) {
    found = evidence.texts.some((text) => opensASentence(text, word));
    evidence.opens.set(word, found);
  }
  return found;
}

/** Whether a sentence of the text opens with the word as a subject: a word in lower case after it, no preposition. */
function opensASentence(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const opening = at === 0 || /[.!?]["”’)]?\s+$/u.test(text.slice(Math.max(0, at - 4), at));
    const next = opening ? /^\s+(\p{Ll}+)/u.exec(text.slice(at + word.length, at + word.length + 24)) : null;
    if (next && !notAfterSubject.has(next[1]!)) return true;
  }
  return false;
}

/** The surname, in lower case, of a heading that ends in a title and a capitalised name ("… mevrouw De Vries"). */
function titledSurname(heading: string): string | undefined {
  const words = heading.trim().split(/\s+/u);
  const title = words.findLastIndex((word) => titles.has(word.replace(/\.$/u, '').toLowerCase()));
  const rest = title < 0 ? [] : words.slice(title + 1);
  if (rest.length === 0 || rest.length > 3 || !rest.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return undefined;
  return rest[rest.length - 1]!.toLowerCase();
}

/** Whether the word before `at` is an article never put before a person's name. */
function afterNoNameArticle(text: string, at: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 8), at));
  return before !== null && beforeNoName.has(before[1]!.toLowerCase());
}

/** How often a global pattern that cannot match empty occurs: `match(...).length` without the array. */
function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  while (pattern.test(text)) count++;
  return count;
}

/**
 * Whether a lower-case word stands in a text as a whole run of letters (`\p{L}+`), written in lower
 * case. Asked only for the few capitalised words of a report: listing every lower-case word of every
 * part to answer it was a twentieth of summarising a workspace.
 */
export function standsInLowerCase(texts: readonly string[], word: string): boolean {
  if (word === '' || word !== word.toLowerCase() || !/^\p{L}+$/u.test(word)) return false;
  for (const text of texts) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (!isLetterBefore(text, at) && !isLetterAt(text, at + word.length)) return true;
    }
  }
  return false;
}

function inLowerCase(evidence: Evidence, word: string): boolean {
  let found = evidence.lower.get(word);
  if (found === undefined) {
    found = standsInLowerCase(evidence.texts, word);
    evidence.lower.set(word, found);
  }
  return found;
}

/**
 * Names the report uses for people: the coachee from front matter and settings, from a header line
 * ("Coachee: Bas") unless a part of it stands in lower case too ("Client: Yes."), and words written
 * with a capital inside sentences that never appear in lower case.
 */
export function collectNames(
  evidence: readonly Evidence[],
  coachee: string | undefined,
  configured: readonly string[],
  header?: string,
): Set<string> {
  const names = new Set<string>();
  for (const name of [coachee ?? '', ...configured]) for (const part of nameParts(name)) names.add(part);
  // Team coaching: the team and its members, team lead included, are the coachee (rule 28).
  if (evidence.some((e) => e.team) || /\bteam/iu.test(coachee ?? '')) for (const word of teamWords) names.add(word);
  for (const { initials } of evidence) for (const initial of initials) if (!notNames.has(initial)) names.add(initial);
  const candidates = new Set<string>();
  for (const { capitalised } of evidence) for (const word of capitalised) candidates.add(word);
  for (const { titled } of evidence)
    for (const word of titled) if (evidence.some((e) => opensIn(e, word))) candidates.add(word.toLowerCase());
  const headerParts = header === undefined ? [] : nameParts(header);
  if (headerParts.every((part) => !notNames.has(part) && !evidence.some((e) => inLowerCase(e, part))))
    for (const part of headerParts) names.add(part);
  for (const word of candidates) {
    // "Mr Okafor", "mevrouw Jansen": the title is no name of anyone's; "het model van Ofman" names a model.
    if (names.has(word) || notNames.has(word) || titles.has(word) || modelAuthors.has(word) || word.length <= 1)
      continue;
    if (!evidence.some((e) => inLowerCase(e, word))) names.add(word);
  }
  return names;
}

/** A report addressed to the coachee uses "je"/"you" more than third-person pronouns. */
export function perspectiveOf(evidence: readonly Evidence[]): Perspective {
  const sum = (key: 'second' | 'third' | 'firstPerson'): number => evidence.reduce((total, e) => total + e[key], 0);
  const second = sum('second');
  if (second > sum('third') && second >= 3) return 'addressed';
  return sum('firstPerson') > 0 ? 'coach' : 'third-person';
}
