import { analyzeReport } from '../server/src/kracht';
import { parseSettings } from '../server/src/core/settings';
import type { Analysis } from '../server/src/core/types';

/** Analyses Markdown with settings given as plain JSON, like a user would write them. */
export function analyze(text: string, settings: unknown = {}): Analysis {
  return analyzeReport(text, parseSettings(settings));
}

/** The same analysis by the mechanisms alone, without the learned layer: for tests of the rules themselves. */
export function ruleAnalyze(text: string, settings: unknown = {}): Analysis {
  return analyzeReport(text, parseSettings(settings), { model: null });
}

/** One rule's findings as compact `line:col-line:col rule: message` strings (zero-based). */
export function lint(ruleId: string, text: string, settings: unknown = {}): string[] {
  return analyze(text, settings)
    .findings.filter((f) => f.ruleId === ruleId)
    .map(
      (f) =>
        `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.ruleId}: ${f.message}`,
    );
}

/** Each sentence as `valence/focus [signals] text`, for label assertions that read like the report. */
export function labels(text: string, settings: unknown = {}): string[] {
  return analyze(text, settings).sentences.map(
    (s) => `${s.valence}/${s.focus}${s.signals.length ? ` [${s.signals.join(',')}]` : ''} ${s.text}`,
  );
}

/** The label of the only (or first) sentence. */
export function label(
  text: string,
  settings: unknown = {},
  of = analyze,
): { valence: string; focus: string; signals: string[] } {
  const sentence = of(text, settings).sentences[0];
  if (!sentence) throw new Error(`no sentence in ${JSON.stringify(text)}`);
  return { valence: sentence.valence, focus: sentence.focus, signals: sentence.signals };
}

/** The label the mechanisms alone give the only (or first) sentence. */
export function ruleLabel(text: string, settings: unknown = {}): { valence: string; focus: string; signals: string[] } {
  return label(text, settings, ruleAnalyze);
}

/** Asserts the mechanisms alone give each sentence the same valence or focus, naming the sentence that differs. */
export function assertRuleLabels(texts: readonly string[], key: 'valence' | 'focus', expected: string): void {
  for (const text of texts) {
    const given = ruleLabel(text)[key];
    if (given !== expected) throw new Error(`${key} of ${JSON.stringify(text)}: ${given}, expected ${expected}`);
  }
}

/** A report in English by its front matter: a single short sentence is too little to tell its language by. */
export function inEnglish(text: string): string {
  return `---\nlang: en\n---\n${text}\n`;
}
