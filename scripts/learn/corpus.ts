// The labelled corpus as training examples: each report analysed by the rules alone, its sentences
// matched to the labels the way the scorer matches them (corpus/score.mjs, copied from ../shared/corpus).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus, matchSentences, type CorpusReport, type GoldSentence } from '../../corpus/score.mjs';
import { analyzeText } from '../../server/src/core/pipeline';
import { defaultSettings } from '../../server/src/core/settings';
import { signalDeciders } from '../../server/src/rules';
import type { Features } from '../../server/src/core/learned/features';

/** The corpus copy in this repository (`npm run corpus:sync` refreshes it from ../shared/corpus). */
export const corpusDir = fileURLToPath(new URL('../../corpus', import.meta.url));

/** One analysed sentence with its label, if the labeller labelled it. */
export interface Example {
  features: Features;
  gold: GoldSentence | null;
}

export interface LabelledReport {
  report: CorpusReport;
  voice: string;
  text: string;
  examples: Example[];
}

/** The voice of a report id: `p<k>` for the later voices, `p0` for the first (nl-001 … en-016). */
export function voiceOf(id: string): string {
  return /^(p\d+)-/u.exec(id)?.[1] ?? 'p0';
}

/** Every report of the corpus, analysed by the rules, in a fixed order (by id). */
export function readLabelledCorpus(dir = corpusDir): LabelledReport[] {
  const corpus = loadCorpus(dir);
  const reports = [...corpus.reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return reports.map((report) => {
    const text = readFileSync(report.reportPath, 'utf8').replace(/^\uFEFF/u, '');
    const analysis = analyzeText(text, defaultSettings, { model: null, features: true, signals: signalDeciders });
    const matched = matchSentences(report.sentences, analysis.sentences);
    const goldOf = new Map<number, GoldSentence>();
    matched.forEach((index, k) => {
      if (index !== null) goldOf.set(index, report.sentences[k]!);
    });
    const examples = analysis.features!.map((features, i) => ({ features, gold: goldOf.get(i) ?? null }));
    return { report, voice: voiceOf(report.id), text, examples };
  });
}
