import type { Labels } from './label';
import { blockLanguage } from './language';
import type { ProseBlock } from './markdown';
import type { Model } from './learned/model';
import type { LabelCache } from './label-cache';
import { splitSentences, type RawSentence } from './sentences';
import type { Language, Sentence } from './types';

/**
 * A block's finished sentences and what they were made with. Its parse (the offsets object) fixes its
 * text; the place of its start fixes every range in it (a unit starts on a line of its own); the rest
 * is what its labels depend on beyond its text: the section, the language, the document context (the
 * label cache), a colon ending the sentence before, and the models and exercises before it (two or
 * more are all alike, rule 30).
 */
export interface KeptSentences {
  line: number;
  character: number;
  section: number;
  language: Language;
  labels: LabelCache;
  afterColon: boolean;
  /** The colon line the block's list spells out (core/lead-in.ts). */
  leadIn: string | null;
  toolsBefore: number;
  /** The rules' labels of the sentence before the block, and of its own last sentence. */
  previousRules: Labels | null;
  lastRules: Labels | null;
  /** The heading above the block: what its section's kind is read from. */
  heading: string | null;
  model: Model | null;
  sentences: Sentence[];
  tools: number;
}

/** How many places of the same paragraph keep their sentences: a paragraph repeated more often is read again there. */
export const keptPlaces = 8;

/** Whether two sentences' rule labels are the same for the learned layer (it reads their valence and focus). */
export function sameRules(a: Labels | null, b: Labels | null): boolean {
  return a === b || (a !== null && b !== null && a.valence === b.valence && a.focus === b.focus);
}

/** What the pipeline keeps for a parsed block, for the next keystroke. */
export interface BlockMemo {
  /** Its sentences, offsets relative to its part. */
  sentences?: RawSentence[];
  /** Its language, by the report's language. */
  languages?: Partial<Record<Language, Language>>;
  /**
   * Its finished sentences, at each place it stands (the same paragraph may stand in several places of a
   * report, and shares its parse): a keystroke changes one block, and every other block's sentences are the
   * same objects as before, which the rules then find unchanged. The latest first, at most `keptPlaces`.
   */
  kept?: KeptSentences[];
}

/**
 * The memos of a document's blocks, keyed by their parse (the offsets array, one per parsed block and
 * shared by its copies at other places): they go with the parse when it leaves the chunk cache.
 */
export type BlockMemos = WeakMap<Int32Array, BlockMemo>;

/** A block's memo, made empty the first time the block is met. */
export function memoOf(memos: BlockMemos, block: ProseBlock): BlockMemo {
  let memo = memos.get(block.offsets);
  if (!memo) memos.set(block.offsets, (memo = {}));
  return memo;
}

/** A block's sentences, offsets relative to its part. */
export function sentencesOf(memo: BlockMemo, block: ProseBlock): RawSentence[] {
  return (memo.sentences ??= splitSentences(block));
}

// A block's language by its parse and the report's language, so that a keystroke re-detects only the
// block it touches and builds no key from the text of every block.
export function blockLanguageOf(memo: BlockMemo, block: ProseBlock, report: Language): Language {
  const known = (memo.languages ??= {});
  return (known[report] ??= blockLanguage(block.text, report));
}
