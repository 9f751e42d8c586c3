// One document's parsed chunks, kept between its versions: a keystroke changes one chunk, the others come from here.
import type { Chunking } from './chunks';
import type { MarkdownDocument } from './types';

const cacheChars = 4_000_000;

/** The parsed units of a document being typed, by their text, and how its last version was cut. */
export class ChunkCache {
  private readonly parsed = new Map<string, MarkdownDocument>();
  private chars = 0;
  /** The last version's chunking, recut after an edit (see topLevelChunks). */
  chunking: Chunking | null = null;
  /** The unit texts of the last version parsed: what an edit replaces of them is stale. */
  private units: string[] = [];

  /** What the cache holds: parsed units and their characters (for tests of what it keeps). */
  size(): { units: number; chars: number } {
    return { units: this.parsed.size, chars: this.chars };
  }

  get(text: string): MarkdownDocument | undefined {
    return this.parsed.get(text);
  }

  /**
   * Caches a parsed unit by its text. The oldest entries go first once the cache is full: a chunk
   * still in use that is dropped is simply read again.
   */
  remember(text: string, parsed: MarkdownDocument): void {
    if (this.parsed.has(text)) return;
    this.parsed.set(text, parsed);
    this.chars += text.length;
    while (this.chars > cacheChars && this.parsed.size > 1) {
      const oldest = this.parsed.keys().next().value!;
      this.chars -= oldest.length;
      this.parsed.delete(oldest);
    }
  }

  /**
   * Drops the units an edit replaced: those of the last version between the units it shares with
   * this one at the start and at the end. Left in, every keystroke's version of the paragraph being
   * typed stayed until the cache filled, and each young-generation collection copied them on the way.
   */
  replaceUnits(texts: string[]): void {
    const previous = this.units;
    let front = 0;
    while (front < previous.length && front < texts.length && previous[front] === texts[front]) front++;
    let back = 0;
    while (
      back < previous.length - front &&
      back < texts.length - front &&
      previous[previous.length - 1 - back] === texts[texts.length - 1 - back]
    )
      back++;
    const kept = new Set(texts.slice(front, texts.length - back));
    for (let i = front; i < previous.length - back; i++) {
      const stale = previous[i]!;
      if (!kept.has(stale) && this.parsed.has(stale)) {
        this.parsed.delete(stale);
        this.chars -= stale.length;
      }
    }
    this.units = texts;
  }
}
