import type { Position, Sentence } from './types';

/** How many of the longest sentences of each label keep their words and place: a balance names up to five. */
const detailedPerLabel = 6;

const nowhere: Sentence['range'] = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The sentences of a report read in runs of paragraphs, kept only as far as a balance needs them: every
 * sentence's words, labels and probabilities (what the shares and their certainty are counted from), and
 * for the longest sentences of each label also their text, cue words and place (what a balance names).
 * A multi-megabyte report so costs a few numbers a sentence, not the whole sentence.
 */
export class BalanceReading {
  private readonly counted: Sentence[] = [];
  // Per label, the indices of the longest sentences so far, longest first; the first read first among equals.
  private readonly longest = new Map<string, number[]>();
  private readonly detailed = new Map<number, Sentence>();
  // One empty explanation shared by the sentences counted only.
  private readonly noReasons: Sentence['why'] = {
    valence: { rule: '', words: [] },
    focus: { rule: '', words: [] },
    signals: {},
  };

  /** Adds a sentence of a run that starts `line` lines into the report. */
  add(sentence: Sentence, line: number): void {
    const index = this.counted.length;
    const { words, language, valence, focus, probability } = sentence;
    this.counted.push({
      text: '',
      range: nowhere,
      words,
      language,
      valence,
      focus,
      signals: [],
      why: this.noReasons,
      probability: { valence: probability.valence, focus: probability.focus, signals: {} },
      section: 0,
      blockEnd: nowhere.end,
    });
    const kept = [this.keep(`valence:${valence}`, index, words), this.keep(`focus:${focus}`, index, words)];
    if (kept.some(Boolean)) this.detailed.set(index, moved(sentence, line));
  }

  /** Every sentence read, the longest of each label in detail. */
  sentences(): Sentence[] {
    for (const [index, sentence] of this.detailed) if (this.isLongest(index)) this.counted[index] = sentence;
    return this.counted;
  }

  /** Whether a sentence is among the longest of its label so far; drops the one it pushes out. */
  private keep(label: string, index: number, words: number): boolean {
    const list = this.longest.get(label) ?? [];
    this.longest.set(label, list);
    const at = list.findIndex((other) => this.counted[other]!.words < words);
    if (at === -1 && list.length >= detailedPerLabel) return false;
    list.splice(at === -1 ? list.length : at, 0, index);
    const dropped = list.length > detailedPerLabel ? list.pop()! : undefined;
    if (dropped !== undefined && !this.isLongest(dropped)) this.detailed.delete(dropped);
    return true;
  }

  private isLongest(index: number): boolean {
    for (const list of this.longest.values()) if (list.includes(index)) return true;
    return false;
  }
}

/** A sentence's balance-relevant parts, its lines moved by `line`. */
function moved(sentence: Sentence, line: number): Sentence {
  const { text, range, words, language, valence, focus, why, probability, blockEnd } = sentence;
  const shift = (position: Position): Position => ({ line: position.line + line, character: position.character });
  return {
    text,
    range: { start: shift(range.start), end: shift(range.end) },
    words,
    language,
    valence,
    focus,
    signals: [],
    why: { valence: why.valence, focus: why.focus, signals: {} },
    probability: { valence: probability.valence, focus: probability.focus, signals: {} },
    section: 0,
    blockEnd: shift(blockEnd),
  };
}
