import type { BlockMemos } from './block-memo';
import type { Evidence } from './evidence';
import type { FrontMatterMemo } from './front-matter';
import { LabelMemo } from './label-cache';
import { ChunkCache, type MarkdownDocument } from './markdown';

/**
 * Everything the analysis of one document keeps from one version to the next, so that a keystroke
 * re-reads only what it touched: the parsed chunks and how the last version was cut, each block's
 * sentences, the evidence of each part, the front matter, the labels of each sentence and the matchers
 * of its settings. One per open document, owned by whoever analyses it again (the language server's
 * worker); a text read once (the CLI, the workspace summary) is analysed without one, and keeps nothing.
 */
export class AnalysisSession {
  readonly chunks = new ChunkCache();
  readonly blocks: BlockMemos = new WeakMap();
  readonly evidence = new WeakMap<MarkdownDocument, Evidence>();
  readonly frontMatter: FrontMatterMemo = { last: null };
  readonly labels = new LabelMemo();
}
