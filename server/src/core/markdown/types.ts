// What the Markdown layer hands to the rest of the analysis: rendered prose with source offsets.

/** Rendered prose with, for every character, the source offset it came from. */
export interface Prose {
  text: string;
  offsets: Int32Array;
}

/** Collects offsets in a typed array: a plain array's push costs several times more per character. */
export class OffsetWriter {
  private array: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.array = new Int32Array(Math.max(16, capacity));
  }
  push(offset: number): void {
    if (this.length === this.array.length) {
      const grown = new Int32Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = offset;
  }
  done(): Int32Array {
    return this.array.subarray(0, this.length);
  }
}

/** A paragraph, list-item paragraph or table cell, ready to be cut into sentences. */
export interface ProseBlock extends Prose {
  /** Added to every offset: blocks are parsed, and cached, per top-level chunk of the document. */
  base: number;
  /** Source offset where the Markdown block ends, where a follow-up can be inserted. */
  blockEnd: number;
  /** Index of the section (heading) the block belongs to; 0 is the part before any heading. */
  section: number;
}

/** A heading, or a paragraph that only acts as one (a lone bold span, a short label with a colon). */
export interface HeadingBlock {
  text: string;
  depth: number;
  start: number;
  end: number;
}

/** What the Markdown layer hands to the rest of the analysis. */
export interface MarkdownDocument {
  frontMatter: { value: string; start: number; end: number } | null;
  headings: HeadingBlock[];
  blocks: ProseBlock[];
  /** HTML comments with their offsets: directives live there. */
  comments: { value: string; start: number; end: number }[];
  /**
   * The cached, separately parsed parts the document was put together from (offsets relative to
   * each part): the same object for the same text, so derived facts can be cached per part.
   */
  parts?: readonly MarkdownDocument[];
}
