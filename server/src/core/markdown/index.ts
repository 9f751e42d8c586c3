// The Markdown layer: a report cut into top-level chunks, each parsed once and cached by its text.
import { type MarkdownDocument } from './types';
import { topLevelChunks } from './chunks';
import type { ChunkCache } from './chunk-cache';
import { parseChunk } from './parse';
import { parseFrontMatterChunk, parsePlainChunk } from './fast-paths';
import { fnv1a } from '../fnv1a';
import { linkDefinitions, withDefinitions } from './definitions';

export type { HeadingBlock, MarkdownDocument, Prose, ProseBlock } from './types';
export { topLevelChunks, type Chunking } from './chunks';
export { ChunkCache } from './chunk-cache';
export { parseChunk, parseDefused } from './parse';
export { parseFrontMatterChunk, parsePlainChunk } from './fast-paths';

/**
 * Parses Markdown and collects the prose a coach wrote, with exact source offsets. The document is
 * cut into top-level chunks at blank lines (never inside front matter, a fence or an HTML comment,
 * nor before an indented line), and each chunk is parsed on its own and cached by its text: the
 * parse grows linearly with the document, and an edit re-parses only the chunk it touches. Without
 * a cache (a text read once) nothing is looked up or kept.
 */
export function parseMarkdown(
  text: string,
  cache: ChunkCache | null = null,
  onProgress?: () => void,
): MarkdownDocument {
  const parts: MarkdownDocument[] = [];
  const document: MarkdownDocument = { frontMatter: null, headings: [], blocks: [], comments: [], parts };
  const units = parseUnits(text, cache);
  cache?.replaceUnits(units.map((unit) => unit.source));
  for (const chunk of units) {
    onProgress?.();
    let parsed = chunk.parsed ?? cache?.get(chunk.source);
    if (!parsed) {
      parsed = parseChunk(chunk.source);
      cache?.remember(chunk.source, parsed);
    }
    parts.push(parsed);
    const shift = chunk.start;
    if (parsed.frontMatter && shift === 0) document.frontMatter = parsed.frontMatter;
    const headingsBefore = document.headings.length;
    // Literal objects rather than spreads: this runs for every block on every keystroke.
    for (const h of parsed.headings)
      document.headings.push({ text: h.text, depth: h.depth, start: h.start + shift, end: h.end + shift });
    for (const c of parsed.comments)
      document.comments.push({ value: c.value, start: c.start + shift, end: c.end + shift });
    for (const b of parsed.blocks) {
      document.blocks.push({
        text: b.text,
        offsets: b.offsets,
        base: b.base + shift,
        blockEnd: b.blockEnd + shift,
        section: b.section + headingsBefore,
      });
    }
  }
  return document;
}

/**
 * What is parsed, and cached, as one: a chunk already in the cache or plain (read by hand, see
 * parsePlainChunk) on its own, and runs of other chunks in content-defined groups for micromark.
 */
function parseUnits(
  text: string,
  cache: ChunkCache | null,
): { start: number; source: string; parsed?: MarkdownDocument }[] {
  const units: { start: number; source: string; parsed?: MarkdownDocument }[] = [];
  let run: { start: number; text: string }[] = [];
  const chunks = topLevelChunks(text, cache?.chunking);
  if (cache) cache.chunking = { text, chunks };
  const definitions = linkDefinitions(chunks);
  const grouped = (): void => {
    for (const group of groupChunks(run, text))
      units.push({ start: group.start, source: withDefinitions(group.text, definitions) });
    run = [];
  };
  for (const chunk of chunks) {
    // A chunk parses the same alone as with its neighbours (and the definitions), so any cached parse will do.
    const source = withDefinitions(chunk.text, definitions);
    let parsed = cache?.get(source);
    if (!parsed) {
      parsed = parsePlainChunk(chunk.text) ?? parseFrontMatterChunk(chunk.text) ?? undefined;
      if (parsed) cache?.remember(source, parsed);
    }
    if (!parsed) {
      run.push(chunk);
      continue;
    }
    if (run.length > 0) grouped();
    units.push({ start: chunk.start, source, parsed });
  }
  if (run.length > 0) grouped();
  return units;
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
  return fnv1a(text, Math.min(64, text.length), 0x811c9dc5 ^ text.length);
}
