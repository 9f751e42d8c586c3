import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';

/** Rendered prose with, for every character, the source offset it came from. */
export interface Prose {
  text: string;
  offsets: number[];
}

/** A paragraph, list-item paragraph or table cell, ready to be cut into sentences. */
export interface ProseBlock extends Prose {
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
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

const logisticsField =
  /^(?:datum|date|tijd|time|duur|duration|aanwezig|aanwezigen|present|attendees|locatie|location|plaats|sessie|session|coachee|client|cliënt|klant|coach|volgende sessie|volgende afspraak|next session|next)\s*:\s*(.*)$/iu;

/** Parses Markdown and collects the prose a coach wrote, with exact source offsets. */
export function parseMarkdown(source: string): MarkdownDocument {
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
        if (node.value.startsWith('<!--')) document.comments.push({ value: node.value, start: startOf(node), end: endOf(node) });
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
    const prose = withoutMetadataLines(render(children, source));
    const folded = fold(prose);
    if (!folded.text) return;
    if (isShortLabel(folded.text)) {
      document.headings.push({ text: folded.text.replace(/:$/u, ''), depth: 7, start: folded.offsets[0]!, end: blockEnd });
      return;
    }
    document.blocks.push({ ...folded, blockEnd, section: document.headings.length });
  };
  visit(tree);
  return document;
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
  const out: Prose = { text: '', offsets: [] };
  const walk = (nodes: readonly PhrasingContent[]): void => {
    for (const node of nodes) {
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
          if ('children' in node) walk(node.children as PhrasingContent[]);
      }
    }
  };
  walk(children);
  return out;
}

/**
 * Maps each character of a node's value onto its source slice. The value is the
 * source minus syntax (escapes, block-quote markers, indentation), so a greedy
 * walk finds every character; one that cannot be found (an entity) keeps the
 * current source position.
 */
function align(value: string, source: string, start: number, end: number, out: Prose): void {
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    let found = -1;
    for (let j = cursor; j < end && j < cursor + 16; j++) {
      if (source[j] === char || (char === '\n' && source[j] === '\r')) {
        found = j;
        break;
      }
    }
    out.text += char;
    if (found >= 0) {
      out.offsets.push(found);
      cursor = found + 1;
      if (char === '\n' && source[found] === '\r' && source[found + 1] === '\n') cursor++;
    } else {
      out.offsets.push(Math.min(cursor, Math.max(start, end - 1)));
    }
  }
}

/** Drops lines that only carry logistics ("Datum: 12 maart", "Coach: M. Verhoef"). */
function withoutMetadataLines(prose: Prose): Prose {
  const out: Prose = { text: '', offsets: [] };
  let lineStart = 0;
  for (let i = 0; i <= prose.text.length; i++) {
    if (i < prose.text.length && prose.text[i] !== '\n') continue;
    const line = prose.text.slice(lineStart, i);
    if (!isMetadataLine(line)) {
      out.text += prose.text.slice(lineStart, Math.min(i + 1, prose.text.length));
      out.offsets.push(...prose.offsets.slice(lineStart, Math.min(i + 1, prose.text.length)));
    }
    lineStart = i + 1;
  }
  return out;
}

/** A logistics field followed by a short value: a name, date, time, place or number. */
export function isMetadataLine(line: string): boolean {
  const match = logisticsField.exec(line.trim());
  if (!match) return false;
  const value = match[1]!.trim();
  const words = value.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 8) return false;
  // "Coach: book the room for session 4" is an action line, not a field.
  return /\d/u.test(value) || /^[\p{Lu}]/u.test(value) || words.length <= 3;
}

/** Folds every run of white space to one space and trims, keeping offsets. */
export function fold(prose: Prose): Prose {
  const out: Prose = { text: '', offsets: [] };
  let pendingSpace = -1;
  for (let i = 0; i < prose.text.length; i++) {
    const char = prose.text[i]!;
    if (/\s/u.test(char)) {
      if (pendingSpace < 0) pendingSpace = prose.offsets[i]!;
      continue;
    }
    if (pendingSpace >= 0 && out.text.length > 0) {
      out.text += ' ';
      out.offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    out.text += char;
    out.offsets.push(prose.offsets[i]!);
  }
  return out;
}
