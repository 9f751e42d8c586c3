import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, PhrasingContent, Root, Table } from 'mdast';
import { defuse } from './guard';
import { isSpace } from './words';

/** Rendered prose with, for every character, the source offset it came from. */
export interface Prose {
  text: string;
  offsets: Int32Array;
}

/** Collects offsets in a typed array: a plain array's push costs several times more per character. */
class OffsetWriter {
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
  /**
   * What the analysis works out for the block, kept with its parse: one object for every copy of the
   * block while its chunk's parse is cached, dropped with it. A property, not a weak map keyed by the
   * block: a keystroke reads it for every block of the report.
   */
  memo: object;
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

/**
 * GitHub Flavored Markdown without autolink literals: a bare URL reads as the same words
 * either way, and looking for one at every letter costs about a third of the parse.
 */
function gfmWithoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals).use(remarkFrontmatter, ['yaml']);

const logisticsField =
  /^(?:datum|date|tijd|time|duur|duration|aanwezig|aanwezigen|present|attendees|locatie|location|plaats|sessie|session|coachee|client|cliënt|klant|coach|volgende sessie|volgende afspraak|next session|next)\s*:\s*(.*)$/iu;

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
  lastChunking = null;
  recentUnits = [];
}

/**
 * Parses Markdown and collects the prose a coach wrote, with exact source offsets. The document is
 * cut into top-level chunks at blank lines (never inside front matter, a fence or an HTML comment,
 * nor before an indented line), and each chunk is parsed on its own and cached by its text: the
 * parse grows linearly with the document, and an edit re-parses only the chunk it touches. Without
 * `reuse` (a text read once) nothing is looked up in the cache or kept in it.
 */
export function parseMarkdown(text: string, reuse = true): MarkdownDocument {
  const parts: MarkdownDocument[] = [];
  const document: MarkdownDocument = { frontMatter: null, headings: [], blocks: [], comments: [], parts };
  const units = parseUnits(text, reuse);
  if (reuse) forgetReplaced(units);
  for (const chunk of units) {
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

type Chunk = { start: number; text: string };

// The last text cut into chunks, and its chunks. Typing changes one place: the chunks before it and
// after it are the same strings as last time, so they are taken over (their cached parses are found
// without hashing their text again) and only the chunks around the edit are cut anew.
let lastChunking: { text: string; chunks: Chunk[] } | null = null;

/** Cuts a document into top-level chunks that parse the same alone as together. */
export function topLevelChunks(text: string): Chunk[] {
  const chunks = lastChunking ? rechunk(lastChunking, text) : chunkFrom(text, 0, opensFrontMatter(text), []);
  lastChunking = { text, chunks };
  return chunks;
}

/** The chunks of a text, cut from its start: what `topLevelChunks` must always equal. */
export function topLevelChunksFresh(text: string): Chunk[] {
  return chunkFrom(text, 0, opensFrontMatter(text), []);
}

// The opening fence of front matter, as micromark's extension reads it: `---` at the very start,
// blanks, a line ending.
const frontMatterOpening = /^---[ \t]*(?:\r\n|\r|\n)/u;

function opensFrontMatter(text: string): boolean {
  return frontMatterOpening.test(text);
}

/**
 * Cuts a text that differs from an earlier one in one region. A chunk boundary depends only on the
 * text before it and the character it starts with, and at a boundary nothing is open (no fence,
 * comment or front matter): so every earlier boundary in the unchanged beginning still holds, and
 * once the new cut reaches a boundary that also began an unchanged chunk of the end, the rest is
 * the old cut, shifted.
 */
function rechunk(previous: { text: string; chunks: Chunk[] }, text: string): Chunk[] {
  const old = previous.chunks;
  const delta = text.length - previous.text.length;
  // Unchanged leading chunks, each followed by the same character (the start of the next one).
  let front = 0;
  while (front < old.length - 1) {
    const chunk = old[front]!;
    const end = chunk.start + chunk.text.length;
    if (!sameAt(text, chunk.start, chunk.text) || text.charCodeAt(end) !== previous.text.charCodeAt(end)) break;
    front++;
  }
  const resumeAt = front > 0 ? old[front]!.start : 0;
  // Unchanged trailing chunks, at their shifted place.
  let back = old.length;
  while (back > front) {
    const chunk = old[back - 1]!;
    const start = chunk.start + delta;
    if (start <= resumeAt || !sameAt(text, start, chunk.text)) break;
    back--;
  }
  const chunks = old.slice(0, front);
  let next = back;
  const joinsOld = (boundary: number): boolean => {
    while (next < old.length && old[next]!.start + delta < boundary) next++;
    if (next >= old.length || old[next]!.start + delta !== boundary) return false;
    for (let i = next; i < old.length; i++) chunks.push(delta === 0 ? old[i]! : { start: old[i]!.start + delta, text: old[i]!.text });
    return true;
  };
  return chunkFrom(text, resumeAt, resumeAt === 0 && opensFrontMatter(text), chunks, back < old.length ? joinsOld : undefined);
}

/** Whether `part` stands in `text` at `start`. A slice compared whole is a memory compare; `startsWith` went character by character, ten times slower. */
function sameAt(text: string, start: number, part: string): boolean {
  return text.slice(start, start + part.length) === part;
}

/**
 * Cuts chunks from `from` (the start of the text or a chunk boundary) onwards, appending to `chunks`.
 * `joinsOld` is asked at every new boundary; when it answers true it has appended the rest itself.
 */
function chunkFrom(text: string, from: number, inFrontMatterAtStart: boolean, chunks: Chunk[], joinsOld?: (boundary: number) => boolean): Chunk[] {
  let chunkStart = from;
  let lineStart = from;
  let fence: string | null = null;
  let inComment = false;
  let inFrontMatter = inFrontMatterAtStart;
  let previousBlank = false;
  let first = from === 0;
  const cursor = { end: 0, next: 0 };
  for (;;) {
    // Most lines are prose: look at their characters in place, and cut a line out only when it may hold syntax.
    const shape = scanLine(text, lineStart, cursor);
    const lineEnd = cursor.end;
    const line = shape === 'prose' || shape === 'blank' ? '' : text.slice(lineStart, lineEnd);
    if (inFrontMatter) {
      if (!first && /^(---|\.\.\.)[ \t]*$/u.test(text.slice(lineStart, lineEnd))) inFrontMatter = false;
    } else if (fence) {
      if (line && new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \t]*$`, 'u').test(line)) fence = null;
    } else if (inComment) {
      if (text.slice(lineStart, lineEnd).includes('-->')) inComment = false;
    } else {
      // A chunk starts at a line flush left after a blank line: nothing before it can continue into it.
      if (previousBlank && shape !== 'blank' && !/\s/u.test(text[lineStart] ?? ' ') && lineStart > chunkStart) {
        chunks.push({ start: chunkStart, text: text.slice(chunkStart, lineStart) });
        chunkStart = lineStart;
        if (joinsOld?.(lineStart)) return chunks;
      }
      const opening = line ? /^ {0,3}(`{3,}|~{3,})/u.exec(line) : null;
      if (opening) fence = opening[1]!;
      else if (line && line.lastIndexOf('<!--') > line.lastIndexOf('-->')) inComment = true;
    }
    previousBlank = shape === 'blank' || (shape === 'other' && line.trim() === '');
    first = false;
    if (cursor.next < 0) break;
    lineStart = cursor.next;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, text: text.slice(chunkStart) });
  return chunks;
}

/**
 * Reads one line in a single pass: where it ends (`cursor.end`), where the next begins (`cursor.next`,
 * -1 after the last; CR, LF and CRLF end a line), and how it may matter to chunking: blank (spaces
 * and tabs only), prose (ASCII text with no `<` and no fence character after its indentation), or
 * other (everything else, looked at closely).
 */
function scanLine(text: string, start: number, cursor: { end: number; next: number }): 'blank' | 'prose' | 'other' {
  const length = text.length;
  let i = start;
  while (i < length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let shape: 'blank' | 'prose' | 'other' = 'blank';
  if (i < length) {
    const first = text.charCodeAt(i);
    if (first !== 10 && first !== 13) shape = first === 96 || first === 126 ? 'other' : 'prose';
  }
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) break;
    if (shape === 'prose' && (code === 60 || code > 127 || code < 32)) shape = 'other';
  }
  cursor.end = i;
  cursor.next = i >= length ? -1 : text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  return shape;
}

export function parseChunk(original: string): MarkdownDocument {
  // micromark drops a byte order mark that opens its input and counts its offsets without it: the mark
  // is left out here (and the next one, which micromark would drop in turn), and every offset moved back past it.
  if (original.charCodeAt(0) === 0xfeff) {
    const document = parseChunk(original.slice(1));
    remapOffsets(document, (offset) => offset + 1);
    return document;
  }
  return parseWithoutMark(original);
}

function parseWithoutMark(original: string): MarkdownDocument {
  // Parse a defused copy of the same length, so hostile nesting stays cheap and offsets stay true.
  const defused = defuse(original).text;
  // What is left of nesting beyond the limit is a run of no-break spaces: white space to fold, text to
  // micromark, which need not read it character by character. Each long run is parsed as one (the
  // lines and blocks keep their shape), and offsets are mapped back after.
  const squeezed = squeezeSpaceRuns(defused);
  const document = parseDefused(squeezed ? squeezed.text : defused);
  if (squeezed) remapOffsets(document, squeezed.toOriginal);
  return document;
}

/** Replaces each run of 16 or more no-break spaces by one; null when there is none. */
function squeezeSpaceRuns(text: string): { text: string; toOriginal: (offset: number) => number } | null {
  const pieces: string[] = [];
  // For each squeezed run: where its one space is in the short text, and how many characters were dropped up to it.
  const at: number[] = [];
  const dropped: number[] = [];
  let kept = 0;
  let removed = 0;
  for (const run of text.matchAll(/\u00a0{16,}/gu)) {
    pieces.push(text.slice(kept, run.index), '\u00a0');
    at.push(run.index - removed);
    removed += run[0].length - 1;
    dropped.push(removed);
    kept = run.index + run[0].length;
  }
  if (at.length === 0) return null;
  pieces.push(text.slice(kept));
  const toOriginal = (offset: number): number => {
    // The last run whose space lies before this offset decides the shift; the space itself is the run's start.
    let low = 0;
    let high = at.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (at[mid]! < offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found < 0 ? offset : offset + dropped[found]!;
  };
  return { text: pieces.join(''), toOriginal };
}

/** Maps every offset of a document parsed from a squeezed text back onto the original. */
function remapOffsets(document: MarkdownDocument, toOriginal: (offset: number) => number): void {
  // An end is the position after its last character; after a squeezed run that is the run's original end.
  const end = toOriginal;
  for (const heading of document.headings) {
    heading.start = toOriginal(heading.start);
    heading.end = end(heading.end);
  }
  for (const comment of document.comments) {
    comment.start = toOriginal(comment.start);
    comment.end = end(comment.end);
  }
  if (document.frontMatter) {
    document.frontMatter.start = toOriginal(document.frontMatter.start);
    document.frontMatter.end = end(document.frontMatter.end);
  }
  for (const block of document.blocks) {
    for (let i = 0; i < block.offsets.length; i++) block.offsets[i] = toOriginal(block.offsets[i]!);
    block.blockEnd = end(block.blockEnd);
  }
}

/** Parses an already defused text (exported for the test that holds squeezing to the plain parse). */
export function parseDefused(source: string): MarkdownDocument {
  const tree = processor.parse(source) as Root;
  const document: MarkdownDocument = { frontMatter: null, headings: [], blocks: [], comments: [] };
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
        document.frontMatter = { value: node.value, start: startOf(node), end: endOf(node) };
        return;
      case 'heading': {
        const prose = render(node.children, source);
        document.headings.push({ text: fold(prose).text, depth: node.depth, start: startOf(node), end: endOf(node) });
        return;
      }
      case 'html': {
        if (node.value.trimStart().startsWith('<!--')) document.comments.push({ value: node.value, start: startOf(node), end: endOf(node) });
        return;
      }
      case 'code':
      case 'math' as string:
      case 'definition':
      case 'thematicBreak':
        return;
      case 'paragraph':
      case 'tableCell': {
        addProse(node.children, endOf(node));
        return;
      }
      case 'table': {
        // Each body row is one unit, its cells joined by " | "; the header row is not labelled (rule 37).
        for (const row of node.children.slice(1)) addParagraph(document, tableRow(row, source), endOf(row));
        return;
      }
      default:
        if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes);
    }
  };
  const addProse = (children: PhrasingContent[], blockEnd: number): void => {
    if (isPseudoHeading(children)) {
      const text = fold(render(children, source)).text;
      document.headings.push({ text: text.replace(/:$/u, ''), depth: 7, start: startOf(children[0]!), end: blockEnd });
      return;
    }
    addParagraph(document, render(children, source), blockEnd);
  };
  visit(tree);
  return document;
}

/** A table row's cells as one prose: their rendered texts joined by " | ", the separators placed after the cell before. */
function tableRow(row: Table['children'][number], source: string): Prose {
  const cells = row.children.map((cell) => render(cell.children, source));
  const text = cells.map((cell) => cell.text).join(' | ');
  const offsets = new Int32Array(text.length);
  let at = 0;
  cells.forEach((cell, i) => {
    if (i > 0) {
      const after = at > 0 ? offsets[at - 1]! + 1 : startOf(row);
      offsets.fill(after, at, at + 3);
      at += 3;
    }
    offsets.set(cell.offsets.subarray(0, cell.text.length), at);
    at += cell.text.length;
  });
  return { text, offsets };
}

/** A paragraph's prose becomes a block, or a heading when it only labels what follows. */
function addParagraph(document: MarkdownDocument, rendered: Prose, blockEnd: number): void {
  const folded = fold(withoutMetadataLines(rendered));
  if (!folded.text) return;
  if (isShortLabel(folded.text)) {
    document.headings.push({ text: folded.text.replace(/:$/u, ''), depth: 7, start: folded.offsets[0]!, end: blockEnd });
    return;
  }
  // Fields named rather than spread: spreading the folded prose (its offsets a typed array) was a slow copy.
  document.blocks.push({ text: folded.text, offsets: folded.offsets, base: 0, blockEnd, section: document.headings.length, memo: {} });
}

// Characters that can start Markdown syntax anywhere in a line (or, for tabs, change how a line is
// measured). Lines may end in LF or CRLF; a lone CR leaves the chunk to micromark. A chunk without
// them, whose lines start plainly, is read without micromark.
const syntaxCharacter = /[\t\0*_[\]<>|`~\\&=$]/u;
const loneCarriageReturn = /\r(?!\n)/u;
const plainStart = /[\p{L}"'“‘„(]/u;
const delimiters = /[()\-+!]/gu;

/**
 * Reads a chunk that is front matter and nothing else (an opening `---` line, any lines, a closing
 * `---` line, then only blank lines) as micromark's front-matter extension does; null for anything
 * else. Most reports open with such a chunk, and for a one-file run it was the only one that still
 * loaded and ran micromark. A property test holds the result to micromark's.
 */
export function parseFrontMatterChunk(chunk: string): MarkdownDocument | null {
  const opening = frontMatterOpening.exec(chunk);
  // No-break spaces and over-deep structure are the guard's to rewrite before micromark reads them.
  if (!opening || chunk.includes('\u00a0') || defuse(chunk).text !== chunk) return null;
  const valueStart = opening[0].length;
  let lineStart = valueStart;
  while (lineStart <= chunk.length) {
    const ending = /\r\n|\r|\n/gu;
    ending.lastIndex = lineStart;
    const found = ending.exec(chunk);
    const lineEnd = found ? found.index : chunk.length;
    if (/^---[ \t]*$/u.test(chunk.slice(lineStart, lineEnd))) {
      // Only blank lines may follow the closing fence.
      if (!/^[ \t\r\n]*$/u.test(chunk.slice(lineEnd))) return null;
      const value = chunk.slice(valueStart, lineStart).replace(/(?:\r\n|\r|\n)$/u, '');
      return { frontMatter: { value, start: 0, end: lineEnd }, headings: [], blocks: [], comments: [] };
    }
    if (!found) return null;
    lineStart = lineEnd + found[0].length;
  }
  return null;
}

/**
 * Reads a chunk of plain prose: ATX headings, `- ` list items and paragraphs of words and punctuation,
 * indented less than four spaces, no trailing white space, no other syntax. Most of a report looks like
 * this, and reading it by hand is several times cheaper than micromark. Returns null for anything else,
 * which micromark then parses; a property test holds both to the same result for every chunk read here.
 */
export function parsePlainChunk(chunk: string): MarkdownDocument | null {
  if (syntaxCharacter.test(chunk) || loneCarriageReturn.test(chunk)) return null;
  const document: MarkdownDocument = { frontMatter: null, headings: [], blocks: [], comments: [] };
  let paragraph: OffsetWriter | null = null;
  let text = '';
  let end = 0;
  const close = (): void => {
    if (paragraph) addParagraph(document, { text, offsets: paragraph.done() }, end);
    paragraph = null;
    text = '';
  };
  let lineStart = 0;
  while (lineStart <= chunk.length) {
    let lineEnd = chunk.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = chunk.length;
    // The line's text ends before its line ending, LF or CRLF.
    const contentEnd = lineEnd > lineStart && chunk.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    let indent = lineStart;
    while (indent < contentEnd && chunk.charCodeAt(indent) === 32) indent++;
    if (indent === contentEnd) {
      close();
    } else {
      if (indent - lineStart >= 4 || chunk.charCodeAt(contentEnd - 1) === 32) return null;
      if (contentEnd - lineStart > 128 && tooManyDelimiters(chunk.slice(lineStart, contentEnd))) return null;
      const first = chunk[indent]!;
      let content = indent;
      if (first === '#') {
        let hashes = 0;
        while (chunk[indent + hashes] === '#') hashes++;
        content = indent + hashes + 1;
        if (hashes > 6 || chunk[content - 1] !== ' ' || !plainStart.test(chunk[content] ?? '') || chunk.slice(content, contentEnd).includes('#')) return null;
        close();
        document.headings.push({ text: fold(plainLine(chunk, content, contentEnd)).text, depth: hashes, start: indent, end: contentEnd });
        lineStart = lineEnd + 1;
        continue;
      }
      if (first === '-') {
        content = indent + 2;
        if (chunk[indent + 1] !== ' ' || !plainStart.test(chunk[content] ?? '')) return null;
        close();
      } else if (!plainStart.test(first)) {
        return null;
      }
      if (paragraph) {
        // A soft line break where the previous line's text ended; the next line's indentation is not text.
        text += '\n';
        (paragraph as OffsetWriter).push(end);
      } else {
        paragraph = new OffsetWriter(contentEnd - content);
      }
      text += chunk.slice(content, contentEnd);
      for (let i = content; i < contentEnd; i++) (paragraph as OffsetWriter).push(i);
      end = contentEnd;
    }
    lineStart = lineEnd + 1;
  }
  close();
  return document;
}

/** One line's characters with their offsets. */
function plainLine(chunk: string, start: number, end: number): Prose {
  const offsets = new Int32Array(end - start);
  for (let i = start; i < end; i++) offsets[i - start] = i;
  return { text: chunk.slice(start, end), offsets };
}

/** A long line with more of one delimiter than the guard allows: the guard would change it, so micromark reads it. */
function tooManyDelimiters(line: string): boolean {
  const counts = new Map<string, number>();
  for (const [char] of line.matchAll(delimiters)) {
    const count = (counts.get(char) ?? 0) + 1;
    if (count > 128) return true;
    counts.set(char, count);
  }
  return false;
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** A paragraph that is one bold span acts as a heading (`**Context**`). */
function isPseudoHeading(children: PhrasingContent[]): boolean {
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0]!.type === 'strong';
}

/** At most three words ending in a colon label what follows (`Afspraken:`). */
function isShortLabel(text: string): boolean {
  return text.endsWith(':') && text.split(/\s+/u).length <= 3;
}

/** Renders phrasing content to plain text; each character keeps its source offset. */
export function render(children: readonly PhrasingContent[], source: string): Prose {
  const span = children.length > 0 ? endOf(children[children.length - 1]!) - startOf(children[0]!) : 0;
  const out: Rendering = { text: '', offsets: new OffsetWriter(span) };
  // An explicit stack instead of recursion: nesting depth never costs call stack.
  const stack: PhrasingContent[] = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        align(node.value, source, startOf(node), endOf(node), out);
        break;
      case 'break':
        out.text += '\n';
        out.offsets.push(startOf(node));
        break;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as PhrasingContent);
    }
  }
  return { text: out.text, offsets: out.offsets.done() };
}

interface Rendering {
  text: string;
  offsets: OffsetWriter;
}

/**
 * Maps each character of a node's value onto its source slice. The value is the
 * source minus syntax (escapes, block-quote markers, indentation), so a greedy
 * walk finds every character in one pass; one that cannot be found (an entity) keeps the
 * current source position.
 */
function align(value: string, source: string, start: number, end: number, out: Rendering): void {
  let cursor = start;
  const fallback = Math.max(start, end - 1);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let found = -1;
    // Within a line only escapes and entities hide source characters; at a line start
    // a container prefix (quote markers, list indentation) can be any length but never
    // holds a line end, so the search runs to the next one.
    const lineStart = i > 0 && value.charCodeAt(i - 1) === 10;
    const limit = lineStart ? end : Math.min(end, cursor + 16);
    for (let j = cursor; j < limit; j++) {
      const at = source.charCodeAt(j);
      if (at === code || (code === 10 && at === 13)) {
        found = j;
        break;
      }
      if (lineStart && (at === 10 || at === 13)) break;
    }
    if (found >= 0) {
      out.offsets.push(found);
      cursor = found + 1;
      if (code === 10 && source.charCodeAt(found) === 13 && source.charCodeAt(found + 1) === 10) cursor++;
    } else {
      out.offsets.push(Math.min(cursor, fallback));
    }
  }
  out.text += value;
}

/** Drops lines that only carry logistics ("Datum: 12 maart", "Coach: M. Verhoef"). */
function withoutMetadataLines(prose: Prose): Prose {
  const lines = prose.text.split('\n');
  if (!lines.some(isMetadataLine)) return prose;
  const offsets = new Int32Array(prose.offsets.length);
  let length = 0;
  const kept: string[] = [];
  let lineStart = 0;
  for (const line of lines) {
    const end = Math.min(lineStart + line.length + 1, prose.text.length);
    if (!isMetadataLine(line)) {
      kept.push(prose.text.slice(lineStart, end));
      offsets.set(prose.offsets.subarray(lineStart, end), length);
      length += end - lineStart;
    }
    lineStart += line.length + 1;
  }
  return { text: kept.join(''), offsets: offsets.subarray(0, length) };
}

const speechPronouns = new Set(['ik', 'je', 'jij', 'we', 'wij', 'me', 'mij', 'hij', 'zij', 'ze', 'i', 'you', 'he', 'she', 'they', 'it']);

/** A logistics field followed by a short value: a name, date, time, place or number. */
export function isMetadataLine(line: string): boolean {
  const match = logisticsField.exec(line.trim());
  if (!match) return false;
  const value = match[1]!.trim();
  const words = value.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 8) return false;
  // "Coach: Wat zou je helpen?", "Cliënt: Ik voel me leeg.": speech after a speaker label, not a field.
  if (words.some((word) => speechPronouns.has(word.toLowerCase())) || (words.length >= 4 && /[.?!]["'”’]?$/u.test(value))) return false;
  // "Coach: book the room for session 4" is an action line, not a field.
  return /\d/u.test(value) || /^[\p{Lu}]/u.test(value) || words.length <= 3;
}

/** Folds every run of white space to one space and trims, keeping offsets. */
export function fold(prose: Prose): Prose {
  const offsets = new Int32Array(prose.text.length);
  let length = 0;
  const chunks: string[] = [];
  let runStart = -1;
  let pendingSpace = -1;
  const flush = (end: number): void => {
    if (runStart >= 0) chunks.push(prose.text.slice(runStart, end));
    runStart = -1;
  };
  for (let i = 0; i < prose.text.length; i++) {
    const code = prose.text.charCodeAt(i);
    if (isSpace(code)) {
      flush(i);
      if (pendingSpace < 0) pendingSpace = prose.offsets[i]!;
      continue;
    }
    if (pendingSpace >= 0 && length > 0) {
      chunks.push(' ');
      offsets[length++] = pendingSpace;
    }
    pendingSpace = -1;
    if (runStart < 0) runStart = i;
    offsets[length++] = prose.offsets[i]!;
  }
  flush(prose.text.length);
  return { text: chunks.join(''), offsets: offsets.subarray(0, length) };
}

