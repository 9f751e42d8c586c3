// The bench corpus: reports that look like real ones, from ../shared/bench's generator (vendored in
// bench/corpus/, deterministic, no dependencies): front matter, template lines, headings, lists, block
// quotes, links and emphasis, with sentences from a pool of several hundred per language.
import { generate, report } from './corpus/gen-corpus.mjs';

/** One report of about `words` words; the same seed and language give the same text. */
export function generateReport(seed: number, words: number, language: 'nl' | 'en' = seed % 2 ? 'nl' : 'en'): string {
  return report({ seed, index: 0, lang: language, words }).text;
}

/** One report of about `bytes` bytes (the 1 MB document of the bench). */
export function generateReportOfSize(seed: number, bytes: number, language: 'nl' | 'en'): string {
  return report({ seed, index: 0, lang: language, bytes }).text;
}

/**
 * The `--preset` workspace of `count` reports (ws-1000, ws-10000): about 600 words each, Dutch and English mixed, a
 * folder per coachee.
 */
export function generateWorkspace(folder: string, count: number): void {
  generate({ out: folder, files: count, words: 600, lang: 'mix' });
}
