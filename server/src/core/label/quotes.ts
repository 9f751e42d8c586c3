import type { Hit } from '../matcher';
import type { Token } from '../words';
import { singleQuoteSpans } from '../speech';
import type { Parsed, Person } from './parsed';
import { functionWords } from '../../lexicons';

// Quotations in a sentence: which tokens they hold and who speaks them (rule 27).

const objectPronouns = functionWords.objectPronouns;
const sayingVerbs = functionWords.parentheticalReporting;
const firstPerson = functionWords.firstPersonSubjects;
const speechNouns = functionWords.speechNouns;
const speakers = new Set(['coach', 'coachee', 'addressee', 'third']);

// What most sentences have inside quotation marks: nothing. One set for them all, never to be filled.
const noQuotes: ReadonlySet<number> = new Set();
const quotationMark = /["“„]/u;

/** The indices of tokens that stand inside quotation marks, or that someone's "said:" opens in the first person. */
export function quotedTokens(text: string, tokens: readonly Token[], focus: readonly Hit[] = []): ReadonlySet<number> {
  const singles = singleQuoteSpans(text);
  if (!quotationMark.test(text) && singles.length === 0) return saidAfterColon(tokens, focus);
  const spans: [number, number][] = [...singles];
  const pattern = /"[^"]*"|“[^”]*”|„[^”“]*[”“]/gu;
  for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  const inside = new Set<number>();
  tokens.forEach((token, i) => {
    if (spans.some(([start, end]) => token.at > start && token.at < end)) inside.add(i);
  });
  return inside;
}

/**
 * Who speaks a quotation: the person outside the quotes nearest to where it opens ("Toen ik dat benoemde, zei
 * ze: "…"" is hers), not one it is said to ("Ik vroeg haar: …"); the coachee when none is named.
 */
export function speakerOf(parsed: Parsed): Person {
  if (parsed.quoted.size === 0) return 'coachee';
  let opens = parsed.tokens.length;
  for (const i of parsed.quoted) opens = Math.min(opens, i);
  let speaker: Person = 'coachee';
  let nearest = Infinity;
  for (const hit of parsed.focus) {
    if (parsed.quoted.has(hit.first)) continue;
    const word = parsed.tokens[hit.first]!.norm;
    if (objectPronouns.has(word)) continue;
    const person =
      hit.cls === 'coach' && word !== 'mijn' && word !== 'my'
        ? 'coach'
        : hit.cls === 'coachee' || hit.cls === 'addressee' || hit.cls === 'third'
          ? 'coachee'
          : null;
    if (person === null) continue;
    const distance = Math.abs(hit.first - opens);
    if (distance < nearest) {
      nearest = distance;
      speaker = person;
    }
  }
  return speaker;
}

/**
 * "She said: I'm done with it", "Ze zei: ik ben er klaar mee": after a verb of saying and a colon, a clause in the
 * first person is the speaker's own words though unquoted (rule 27); none when the coach says it ("Ik zei: ik …").
 */
function saidAfterColon(tokens: readonly Token[], focus: readonly Hit[]): ReadonlySet<number> {
  for (let i = 1; i + 1 < tokens.length; i++) {
    // Runs for every sentence without quotation marks: the colon first, as most have none.
    if (!tokens[i]!.after.includes(':')) continue;
    if (namedWords(tokens, focus, i)) return new Set(tokens.map((_, k) => k).filter((k) => k > i));
    if (!firstPerson.has(tokens[i + 1]!.norm)) continue;
    // "said:", "told me:" (the one told stands between).
    const norm = tokens[i]!.norm;
    if (!sayingVerbs.has(norm) && !(objectPronouns.has(norm) && sayingVerbs.has(tokens[i - 1]!.norm))) continue;
    const speaker = focus.filter((hit) => hit.last < i && speakers.has(hit.cls)).at(-1);
    if (!speaker || speaker.cls === 'coach') return noQuotes;
    return new Set(tokens.map((_, k) => k).filter((k) => k > i));
  }
  return noQuotes;
}

/**
 * "Haar vraag aan mij: hoe krijg ik …", "Her words: I can't": the coachee's words named before a colon at `colon`, a
 * clause in the first person after it (rule 27).
 */
function namedWords(tokens: readonly Token[], focus: readonly Hit[], colon: number): boolean {
  const noun = tokens.findIndex((token, k) => k <= Math.min(colon, 3) && speechNouns.has(token.norm));
  return (
    noun > 0 &&
    focus.some((hit) => hit.cls === 'possessive-coachee' && hit.last === noun - 1) &&
    tokens.some((token, k) => k > colon && firstPerson.has(token.norm))
  );
}

/**
 * "'I can't face another Monday,' he wrote in his journal": a verb of saying or writing right after a quotation only
 * attributes it, no act of the coachee's to weigh (rule 27: the quotation tells).
 */
export function attributesQuote(parsed: Parsed, hit: Hit): boolean {
  const at = hit.first;
  if (hit.cls !== 'agency' || !functionWords.parentheticalReporting.has(parsed.tokens[at]!.norm)) return false;
  if (parsed.quoted.has(at)) return false;
  return [1, 2].some((back) => parsed.quoted.has(at - back));
}
