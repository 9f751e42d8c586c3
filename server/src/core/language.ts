import type { Language } from './types';
import { lazy } from './lazy';
import { functionWordsIn } from '../lexicons';

// tinyld's light model, restricted to Dutch and English, was right on 100% of the 662 labelled
// sentences of the development corpus and on 98.6% of their first five words (franc-min: 95.6%,
// eld: 99.5% but it loads its model from disk at run time). Function words back it up when it abstains.
const markers = { nl: functionWordsIn.nl.languageMarkers, en: functionWordsIn.en.languageMarkers };

// Enough text to decide; a 1 MB report is not read twice for its language.
const sampleLength = 4000;

// tinyld unpacks its model when it loads: a tenth of a one-file CLI run. Reports that declare their
// language never need it, so it loads with the first report that does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const detector = lazy(() => (require('tinyld/light') as typeof import('tinyld/light')).detect);

/** Picks nl or en for a text; null when it gives no evidence either way. */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, sampleLength);
  const counts = functionWords(sample);
  // tinyld was a third of a report's analysis; where function words leave no doubt it is not asked
  // (on the corpus's 837 paragraphs it agreed with all 787 such, test/unit/core/language.test.ts).
  const clear = clearly(counts);
  if (clear) return clear;
  return detectByModel(sample) ?? (counts.nl === counts.en ? null : counts.nl > counts.en ? 'nl' : 'en');
}

/** tinyld's reading of a text, restricted to Dutch and English; null when it abstains. */
export function detectByModel(text: string): Language | null {
  const detected = detector()(text, { only: ['nl', 'en'] });
  return detected === 'nl' || detected === 'en' ? detected : null;
}

/** The language whose function words outnumber the other's at least four to one (and three or more), if one does. */
export function clearly(counts: { nl: number; en: number }): Language | null {
  if (counts.nl >= 3 && counts.nl > 4 * counts.en) return 'nl';
  if (counts.en >= 3 && counts.en > 4 * counts.nl) return 'en';
  return null;
}

/** How many of each language's function words a text holds. */
export function functionWords(text: string): { nl: number; en: number } {
  let nl = 0;
  let en = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (markers.nl.has(match[0])) nl++;
    if (markers.en.has(match[0])) en++;
  }
  return { nl, en };
}

/** The language of one paragraph: its own when it says enough (eight words or more), else the report's. */
export function blockLanguage(text: string, report: Language): Language {
  const words = text.match(/\p{L}+/gu);
  if (!words || words.length < 8) return report;
  return detectLanguage(text) ?? report;
}

/** The first few thousand characters of prose: enough to tell the report's language. */
export function proseOpening(blocks: readonly { text: string }[]): string {
  const texts: string[] = [];
  let length = 0;
  for (const block of blocks) {
    if (length >= 4000) break;
    texts.push(block.text);
    length += block.text.length + 1;
  }
  return texts.join('\n');
}
