// A chunk through micromark (GFM, front matter) into prose blocks and headings with source offsets.
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
import { defuse } from '../guard';
import { type Prose, type MarkdownDocument } from './types';
import { endOf, fold, render, startOf, withoutMetadataLines } from './render';

/**
 * GitHub Flavored Markdown without autolink literals: a bare URL reads as the same words
 * either way, and looking for one at every letter costs about a third of the parse.
 */
function gfmWithoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

const processor = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals).use(remarkFrontmatter, ['yaml']);

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
        if (node.value.trimStart().startsWith('<!--'))
          document.comments.push({ value: node.value, start: startOf(node), end: endOf(node) });
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

/**
 * A table row's cells as one prose: their rendered texts joined by " | ", the separators placed after the cell before.
 */
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
export function addParagraph(document: MarkdownDocument, rendered: Prose, blockEnd: number): void {
  const folded = fold(withoutMetadataLines(rendered));
  if (!folded.text) return;
  if (isShortLabel(folded.text)) {
    document.headings.push({
      text: folded.text.replace(/:$/u, ''),
      depth: 7,
      start: folded.offsets[0]!,
      end: blockEnd,
    });
    return;
  }
  // Fields named rather than spread: spreading the folded prose (its offsets a typed array) was a slow copy.
  document.blocks.push({
    text: folded.text,
    offsets: folded.offsets,
    base: 0,
    blockEnd,
    section: document.headings.length,
  });
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
