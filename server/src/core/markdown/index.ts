// The Markdown layer: a report cut into top-level chunks, each parsed once and cached by its text.
import { type MarkdownDocument } from './types';
import { forgetChunking, topLevelChunks, topLevelChunksFresh } from './chunks';
import { parseChunk } from './parse';
import { parseFrontMatterChunk, parsePlainChunk } from './fast-paths';

export type { HeadingBlock, MarkdownDocument, Prose, ProseBlock } from './types';
export { topLevelChunks, topLevelChunksFresh } from './chunks';
export { parseChunk, parseDefused } from './parse';
export { parseFrontMatterChunk, parsePlainChunk } from './fast-paths';

// Parsed chunks by their text. A keystroke changes one chunk; the others come from here.
const chunkCache = new Map<string, MarkdownDocument>();
const chunkCacheChars = 4_000_000;
let cachedChars = 0;

/** What the chunk cache holds: parsed units and their characters (for tests of what it keeps). */
export function chunkCacheSize(): { units: number; chars: number } {
  return { units: chunkCache.size, chars: cachedChars };
}

/** Empties the chunk cache: for benchmarks that measure a cold parse. */
export function clearChunkCache(): void {
  chunkCache.clear();
  cachedChars = 0;
  forgetChunking();
  recentUnits = [];
}

/**
 * Parses Markdown and collects the prose a coach wrote, with exact source offsets. The document is
 * cut into top-level chunks at blank lines (never inside front matter, a fence or an HTML comment,
 * nor before an indented line), and each chunk is parsed on its own and cached by its text: the
 * parse grows linearly with the document, and an edit re-parses only the chunk it touches. Without
 * `reuse` (a text read once) nothing is looked up in the cache or kept in it.
 */
export function parseMarkdown(text: string, reuse = true, onProgress?: () => void): MarkdownDocument {
  const parts: MarkdownDocument[] = [];
  const document: MarkdownDocument = { frontMatter: null, headings: [], blocks: [], comments: [], parts };
  const units = parseUnits(text, reuse);
  if (reuse) forgetReplaced(units);
  for (const chunk of units) {
    onProgress?.();
    let parsed = chunk.parsed ?? (reuse ? chunkCache.get(chunk.text) : undefined);
    if (!parsed) {
      parsed = parseChunk(chunk.text);
      if (reuse) remember(chunk.text, parsed);
    }
    parts.push(parsed);
    const shift = chunk.start;
    if (parsed.frontMatter && shift === 0) document.frontMatter = parsed.frontMatter;
    const headingsBefore = document.headings.length;
    // Literal objects rather than spreads: this runs for every block on every keystroke.
    for (const h of parsed.headings) document.headings.push({ text: h.text, depth: h.depth, start: h.start + shift, end: h.end + shift });
    for (const c of parsed.comments) document.comments.push({ value: c.value, start: c.start + shift, end: c.end + shift });
    for (const b of parsed.blocks) {
      document.blocks.push({ text: b.text, offsets: b.offsets, base: b.base + shift, blockEnd: b.blockEnd + shift, section: b.section + headingsBefore, memo: b.memo });
    }
  }
  return document;
}

// The unit texts of the last few texts parsed, latest first: what an edit of one of them replaces is
// known to be stale. A few, since an editor analyses the other open documents in between.
let recentUnits: string[][] = [];
const recentTexts = 4;

/**
 * Drops from the cache the units an edit replaced: those between the units the edited text and this one
 * share at their start and at their end. Left in, every keystroke's version of the paragraph being typed
 * stayed in the cache until it filled, and each young-generation collection copied them on the way. A text
 * that shares less than half its units with every recent one (another document) replaces nothing.
 */
function forgetReplaced(units: readonly { text: string }[]): void {
  let best = -1;
  let bestShared = 0;
  let bestFront = 0;
  let bestBack = 0;
  recentUnits.forEach((previous, index) => {
    let front = 0;
    while (front < previous.length && front < units.length && previous[front] === units[front]!.text) front++;
    let back = 0;
    while (back < previous.length - front && back < units.length - front && previous[previous.length - 1 - back] === units[units.length - 1 - back]!.text) back++;
    // An edit leaves most of a text as it was; two reports that share a heading are two documents.
    if (front + back > bestShared && 2 * (front + back) >= previous.length) [best, bestShared, bestFront, bestBack] = [index, front + back, front, back];
  });
  const texts = units.map((unit) => unit.text);
  if (best >= 0) {
    const previous = recentUnits[best]!;
    const kept = new Set(texts.slice(bestFront, texts.length - bestBack));
    for (let i = bestFront; i < previous.length - bestBack; i++) {
      const stale = previous[i]!;
      if (!kept.has(stale) && chunkCache.delete(stale)) cachedChars -= stale.length;
    }
    recentUnits.splice(best, 1);
  }
  recentUnits = [texts, ...recentUnits.slice(0, recentTexts - 1)];
}

/**
 * What is parsed, and cached, as one: a chunk already in the cache or plain (read by hand, see
 * parsePlainChunk) on its own, and runs of other chunks in content-defined groups for micromark.
 */
function parseUnits(text: string, reuse: boolean): { start: number; text: string; parsed?: MarkdownDocument }[] {
  const units: { start: number; text: string; parsed?: MarkdownDocument }[] = [];
  let run: { start: number; text: string }[] = [];
  for (const chunk of reuse ? topLevelChunks(text) : topLevelChunksFresh(text)) {
    // A chunk parses the same alone as with its neighbours, so any cached parse of its text will do.
    let parsed = reuse ? chunkCache.get(chunk.text) : undefined;
    if (!parsed) {
      parsed = parsePlainChunk(chunk.text) ?? parseFrontMatterChunk(chunk.text) ?? undefined;
      if (parsed && reuse) remember(chunk.text, parsed);
    }
    if (!parsed) {
      run.push(chunk);
      continue;
    }
    if (run.length > 0) units.push(...groupChunks(run, text));
    run = [];
    units.push({ start: chunk.start, text: chunk.text, parsed });
  }
  if (run.length > 0) units.push(...groupChunks(run, text));
  return units;
}

/**
 * Caches a parsed unit by its text. The oldest entries go first once the cache is full: an edit
 * keeps adding new versions of one chunk, and a chunk still in use that is dropped is simply read again.
 */
function remember(text: string, parsed: MarkdownDocument): void {
  chunkCache.set(text, parsed);
  cachedChars += text.length;
  while (cachedChars > chunkCacheChars && chunkCache.size > 1) {
    const oldest = chunkCache.keys().next().value!;
    cachedChars -= oldest.length;
    chunkCache.delete(oldest);
  }
}

// Each parse has a fixed cost, so small chunks are parsed in groups of a few kilobytes. A group ends
// where the content says (a chunk whose hash ends a group), not at a running length: an edit then
// changes only the group it falls in, and every other group still comes from the cache.
const groupMin = 1024;
const groupMax = 8192;

function groupChunks(chunks: { start: number; text: string }[], text: string): { start: number; text: string }[] {
  const groups: { start: number; text: string }[] = [];
  let start = 0;
  let length = 0;
  chunks.forEach((chunk, index) => {
    if (length === 0) start = chunk.start;
    length += chunk.text.length;
    const last = index === chunks.length - 1;
    if (last || length >= groupMax || (length >= groupMin && hash(chunk.text) % 4 === 0)) {
      groups.push({ start, text: text.slice(start, start + length) });
      length = 0;
    }
  });
  return groups;
}

/** FNV-1a over a chunk's first 64 characters and its length: cheap and stable. */
function hash(text: string): number {
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < Math.min(64, text.length); i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
