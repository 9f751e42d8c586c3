import { stem, type Token } from './words';
import type { Language } from './types';
import { functionWords, functionWordsIn } from '../lexicons';

// A lexicon term's words, as the matcher compares them with a sentence's tokens.

/** One word of a term: matched by form, stem or prefix, or a gap of a few tokens ("a ... b"). */
export interface Part {
  kind: 'word' | 'prefix' | 'gap';
  norm: string;
  stem: string;
  /** The form a report addressed to the coachee uses for this word ("zich" → "je", "wil" → "wilt"), or ''. */
  addressed: string;
  /** Written with a colon ("twijfel:"): the word must end a label, the colon after it. */
  colon: boolean;
  /** Written with a caret ("^of juist"): the term must open the sentence. */
  initial: boolean;
  /** An English prefix ending in "e" as its "-ing" form drops it ("struggle*" → "struggling"), or ''. */
  ing: string;
}

const formOnly = functionWords.formOnly;
// "zich je", "wil wilt": a term written in the third person matches the addressed form too, per language.
const addressedForms = (language: Language): Map<string, string> =>
  new Map([...functionWordsIn[language].addressedForms].map((pair) => pair.split(' ') as [string, string]));
const addressedIn: Record<Language, Map<string, string>> = { nl: addressedForms('nl'), en: addressedForms('en') };

/** Splits "leg* ... uit" into parts; punctuation inside a term is ignored but a label's colon and an opening caret. */
export function parseTerm(term: string, language: Language): Part[] {
  const parts: Part[] = [];
  for (const raw of term.toLowerCase().replace(/’/gu, "'").split(/\s+/u)) {
    if (raw === '...' || raw === '…') {
      if (parts.length > 0 && parts[parts.length - 1]!.kind !== 'gap')
        parts.push({ kind: 'gap', norm: '', stem: '', addressed: '', colon: false, initial: false, ing: '' });
      continue;
    }
    // A clitic keeps its apostrophe, as the tokenizer reads it ("'s avonds").
    const bare = /^'\p{Ll}{1,2}$/u.test(raw) ? raw : raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}*]+$/gu, '');
    const prefix = bare.endsWith('*');
    const norm = bare.replace(/\*$/u, '');
    if (!/^[\p{L}\p{N}'-]+$/u.test(norm)) continue;
    // Only a term given in its base form matches other inflections by stem: "tip" finds "tips",
    // but "wonderful" must not find "wondering" through their shared stem "wonder".
    const stemmed = prefix || norm.length <= 3 ? norm : stem(norm, language);
    const byStem = norm.length - stemmed.length <= 1 && !formOnly.has(norm);
    const addressed = addressedIn[language].get(norm) ?? '';
    const colon = raw.endsWith(':');
    const initial = parts.length === 0 && raw.startsWith('^');
    const ing = prefix && language === 'en' && norm.endsWith('e') ? `${norm.slice(0, -1)}ing` : '';
    parts.push({ kind: prefix ? 'prefix' : 'word', norm, stem: byStem ? stemmed : '', addressed, colon, initial, ing });
  }
  while (parts.length > 0 && parts[parts.length - 1]!.kind === 'gap') parts.pop();
  return parts;
}

/** Whether a token at `index` stands where its part must: ending a label ("twijfel:"), opening the sentence ("^of"). */
export function anchored(part: Part, token: Pick<Token, 'after'>, index: number): boolean {
  return (!part.colon || token.after.includes(':')) && (!part.initial || index === 0);
}

export function partMatches(part: Part, token: Pick<Token, 'norm' | 'stem'>): boolean {
  if (part.kind === 'prefix')
    return token.norm.startsWith(part.norm) || (part.ing !== '' && token.norm.startsWith(part.ing));
  if (token.norm === part.norm) return true;
  if (part.addressed === token.norm) return true;
  return part.stem !== '' && part.norm.length > 3 && token.norm.length > 3 && token.stem === part.stem;
}
