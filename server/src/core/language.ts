import type { Language } from './types';

// Frequent function words that the other language does not share: a few dozen
// decide a report's language reliably, even for a short paragraph.
const markers: Record<Language, ReadonlySet<string>> = {
  nl: new Set(['de', 'het', 'een', 'en', 'ik', 'ze', 'zij', 'hij', 'niet', 'dat', 'van', 'voor', 'met', 'op', 'naar', 'heeft', 'heb', 'was', 'zijn', 'haar', 'wat', 'ook', 'maar', 'als', 'dan', 'nog', 'wel', 'geen', 'om', 'te', 'bij', 'er', 'over', 'die', 'wil', 'je', 'we', 'hoe', 'zich', 'kan', 'moet', 'omdat', 'toen']),
  en: new Set(['the', 'a', 'an', 'and', 'i', 'she', 'he', 'they', 'not', 'that', 'of', 'for', 'with', 'on', 'to', 'has', 'have', 'was', 'is', 'are', 'her', 'his', 'what', 'also', 'but', 'if', 'then', 'still', 'no', 'at', 'there', 'about', 'who', 'wants', 'you', 'we', 'how', 'can', 'must', 'because', 'when', 'it', 'this']),
};

/** Picks nl or en by function-word evidence; null when the text gives none. */
export function detectLanguage(text: string): Language | null {
  let nl = 0;
  let en = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (markers.nl.has(word)) nl++;
    if (markers.en.has(word)) en++;
  }
  if (nl === 0 && en === 0) return null;
  return nl >= en ? 'nl' : 'en';
}

/** True when a block's own evidence clearly points to another language than the report's. */
export function blockLanguage(text: string, report: Language): Language {
  const words = text.match(/\p{L}+/gu);
  if (!words || words.length < 8) return report;
  const detected = detectLanguage(text);
  return detected ?? report;
}
