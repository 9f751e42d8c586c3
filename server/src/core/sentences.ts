import type { Prose } from './markdown';
import { singleQuoteSpans } from './speech';
import { functionWords } from '../lexicons';

/** A sentence cut from a prose block: its text and its source offsets. */
export interface RawSentence {
  text: string;
  start: number;
  /** Exclusive source offset just after the last character. */
  end: number;
}

// Abbreviations after which a full stop does not end a sentence (lower case, without the dot).
const abbreviations = functionWords.abbreviations;
const numberAbbreviations = functionWords.numberAbbreviations;

const opening = new Set(['"', '“', '„', '‘', '«', '(', '[', "'"]);
const closing = new Set(['"', '”', '’', '»', ')', ']', "'"]);

/** Cuts a folded prose block into sentences (labelling rules 3 and 4); `base` is added to every offset. */
export function splitSentences(prose: Prose, base = 0): RawSentence[] {
  const { text, offsets } = prose;
  const sentences: RawSentence[] = [];
  let start = 0;
  let inQuote = false;
  let quoteOpenedAt = 0;
  // Single quotation marks are also apostrophes: only spans that open and close like quotations count.
  const singles = singleQuoteSpans(text);
  let single = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    while (single < singles.length && singles[single]![1] <= i) single++;
    const span = singles[single];
    if (span && i > span[0] && i < span[1] - 1) continue;
    // Like a double-quoted one, a single-quoted quotation that ends with its own full stop ends the sentence.
    if (span && i === span[1] - 1 && /[.!?]/u.test(text[i - 1] ?? '') && isBoundary(text, i + 1)) {
      push(sentences, text, offsets, start, i + 1, base);
      start = i + 2;
      continue;
    }
    const closesQuote = (char === '"' && inQuote) || (char === '”' && inQuote);
    if (char === '"') {
      inQuote = !inQuote;
      quoteOpenedAt = i;
    } else if (char === '“' || char === '„') {
      inQuote = true;
      quoteOpenedAt = i;
    } else if (char === '”') {
      inQuote = false;
    }
    // A quotation that ends with its own full stop ends the sentence: `zei ze: "Ik doe het." Daarna ...`.
    if (closesQuote && /[.!?]/u.test(text[i - 1] ?? '') && isBoundary(text, i + 1)) {
      push(sentences, text, offsets, start, i + 1, base);
      start = i + 2;
      continue;
    }
    // An unbalanced quotation mark must not swallow the rest of a long block.
    if (inQuote && i - quoteOpenedAt > 600) inQuote = false;
    if (inQuote || (char !== '.' && char !== '!' && char !== '?')) continue;
    let end = i + 1;
    while (
      end < text.length &&
      (text[end] === '.' || text[end] === '!' || text[end] === '?' || closing.has(text[end]!))
    )
      end++;
    if (!isBoundary(text, end)) continue;
    if (
      char === '.' &&
      endsWithAbbreviation(text.slice(Math.max(start, text.lastIndexOf(' ', i - 1) + 1), i), text[end + 1])
    )
      continue;
    push(sentences, text, offsets, start, end, base);
    start = end + 1;
  }
  push(sentences, text, offsets, start, text.length, base);
  return sentences;
}

/** A space at `at` followed by a capital, a digit or an opening quote: where a new sentence can start. */
function isBoundary(text: string, at: number): boolean {
  if (text[at] !== ' ') return false;
  const next = text[at + 1];
  return next !== undefined && (/[\p{Lu}\p{N}]/u.test(next) || opening.has(next));
}

function push(
  sentences: RawSentence[],
  text: string,
  offsets: Int32Array,
  start: number,
  end: number,
  base: number,
): void {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end <= start) return;
  sentences.push({ text: text.slice(start, end), start: base + offsets[start]!, end: base + offsets[end - 1]! + 1 });
}

/** True when the word before a full stop ends in an initial or a known abbreviation (`next`: the character after). */
function endsWithAbbreviation(before: string, next: string | undefined): boolean {
  const match = /([\p{L}.]+)$/u.exec(before);
  if (!match) return false;
  const word = match[1]!;
  if (/^\p{Lu}$/u.test(word)) return true; // An initial: "M. vond".
  if (/^\p{L}(\.\p{L})+$/u.test(word)) return true; // "o.a", "e.g", "d.w.z".
  const lower = word.toLowerCase();
  // "no. 5", "blz. 12" carry on; "to say no. He …" ends.
  return abbreviations.has(lower) || (numberAbbreviations.has(lower) && /\p{N}/u.test(next ?? ''));
}
