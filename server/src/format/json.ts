import type { Analysis } from '../core/types';

/** One analysed file as `kracht analyze --format json` prints it (version 1). */
export interface FileOutput {
  path: string;
  language: Analysis['language'];
  sentences: {
    text: string;
    range: Analysis['sentences'][number]['range'];
    words: number;
    valence: string;
    focus: string;
    signals: string[];
    why: Analysis['sentences'][number]['why'];
    /** How sure the analysis is of each class and of each signal shown (0–1). */
    probability: Analysis['sentences'][number]['probability'];
  }[];
  balance: Analysis['balance'];
  sections: { heading: string | null; line: number; balance: Analysis['balance'] }[];
  diagnostics: {
    code: string;
    severity: string;
    message: string;
    range: Analysis['sentences'][number]['range'];
    words: string[];
  }[];
}

/** Converts an analysis to the JSON output format of ../shared/corpus/OUTPUT.md, plus explanations. */
export function toFileOutput(path: string, analysis: Analysis): FileOutput {
  return {
    path,
    language: analysis.language,
    sentences: analysis.sentences.map((s) => ({
      text: s.text,
      range: s.range,
      words: s.words,
      valence: s.valence,
      focus: s.focus,
      signals: s.signals,
      why: s.why,
      probability: {
        valence: rounded(s.probability.valence),
        focus: rounded(s.probability.focus),
        signals: rounded(s.probability.signals),
        ...(s.probability.precision && Object.keys(s.probability.precision).length > 0
          ? { precision: rounded(s.probability.precision) }
          : {}),
      },
    })),
    balance: analysis.balance,
    sections: analysis.sections
      .filter(
        (section) =>
          section.heading !== null ||
          section.balance.strengthWords +
            section.balance.weaknessWords +
            section.balance.coachWords +
            section.balance.coacheeWords >
            0,
      )
      .map((section) => ({ heading: section.heading, line: section.range.start.line, balance: section.balance })),
    diagnostics: analysis.findings.map((f) => ({
      code: f.ruleId,
      severity: f.severity,
      message: f.message,
      range: f.range,
      words: f.cues,
    })),
  };
}

/**
 * The JSON document for several files, written one file at a time: the same text as
 * `JSON.stringify({ version: 1, files }, null, 2)`, without holding every file's output (a thousand
 * reports made 53 MB of it, on top of the analyses kept for it).
 */
export function jsonFilesWriter(write: (text: string) => void): { add(file: FileOutput): void; end(): void } {
  let written = 0;
  return {
    add(file) {
      // JSON strings hold no raw line break: every one in the text is between two values, and is indented.
      const body = JSON.stringify(file, null, 2).replace(/\n/gu, '\n    ');
      write(`${written++ === 0 ? '{\n  "version": 1,\n  "files": [\n' : ',\n'}    ${body}`);
    },
    end() {
      write(written === 0 ? '{\n  "version": 1,\n  "files": []\n}\n' : '\n  ]\n}\n');
    },
  };
}

/** Probabilities to three decimals: what a reader can use, without sixteen digits of noise. */
function rounded<K extends string>(probabilities: Partial<Record<K, number>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const key in probabilities) out[key] = Math.round(probabilities[key]! * 1000) / 1000;
  return out;
}
