// Types for the scorer copied from ../shared/corpus (plain JavaScript there).
export interface GoldSentence {
  text: string;
  valence: 'strength' | 'weakness' | 'neutral';
  focus: 'coach' | 'coachee' | 'neutral';
  signals: string[];
}
export interface CorpusReport {
  id: string;
  lang: string;
  labelsPath: string;
  reportPath: string;
  relPath: string;
  sentences: GoldSentence[];
}
export interface Corpus {
  root: string;
  reports: CorpusReport[];
}
export const SIGNALS: string[];
export function loadCorpus(dir?: string): Corpus;
export function matchSentences(labelled: readonly { text: string }[], output: readonly { text: string }[]): (number | null)[];
export function score(corpus: Corpus, output: { files: unknown[] }): ScoreResult;
export interface GroupResult {
  valence: { accuracy: number; macroF1: number };
  focus: { accuracy: number; macroF1: number };
  signals: Record<string, { precision: number | null; recall: number | null; f1: number | null; tp: number; fp: number; fn: number }>;
  signalsMicro: { precision: number | null; recall: number | null; f1: number | null };
  strengthShareMAE: number | null;
  coacheeShareMAE: number | null;
  [key: string]: unknown;
}
export interface ScoreResult {
  groups: Record<string, GroupResult>;
  reports: { id: string; strengthShare: { gold: number | null; predicted: number | null; absError: number | null } }[];
}
