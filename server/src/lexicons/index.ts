import type { Language } from '../core/types';
import nlValence from './nl/valence.json';
import nlFocus from './nl/focus.json';
import nlSignals from './nl/signals.json';
import enValence from './en/valence.json';
import enFocus from './en/focus.json';
import enSignals from './en/signals.json';

/** One language's lexicons: class name → terms, in three groups. */
export interface Lexicon {
  valence: Record<string, readonly string[]>;
  focus: Record<string, readonly string[]>;
  signals: Record<string, readonly string[]>;
}

const lexicons: Record<Language, Lexicon> = {
  nl: { valence: nlValence, focus: nlFocus, signals: nlSignals },
  en: { valence: enValence, focus: enFocus, signals: enSignals },
};

/** The built-in lexicon of a language, bundled (never read from disk at run time). */
export function lexicon(language: Language): Lexicon {
  return lexicons[language];
}
