import type { ProseBlock } from './markdown';

// A list introduced by a line that ends in a colon ("Tips die ik meegaf:", "Next steps:") spells that line
// out item by item: every item, not only the first, reads as what the colon announced.

const listMarkerBefore = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/u;

/**
 * Whether a block is a block quote that speaks in the first person ("> When I'm out with the dog I can
 * breathe again."): in a coach's report, someone else's words, quoted (rule 27).
 */
export function isFirstPersonQuote(source: string, block: ProseBlock): boolean {
  if (block.offsets.length === 0) return false;
  const start = block.base + block.offsets[0]!;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return quoteMarkerBefore.test(source.slice(lineStart, start)) && firstPerson.test(block.text);
}

const quoteMarkerBefore = /^[ \t]{0,3}>[ \t>]*$/u;
const firstPerson = /(?<![\p{L}'’])(?:I|I'm|I've|I'd|I'll|me|my|mine|ik|mij|mijn)(?![\p{L}'’])/u;

/** Whether a block is a list item: on its first line only a list marker (and quote markers) precede it. */
export function isListItem(source: string, block: ProseBlock): boolean {
  if (block.offsets.length === 0) return false;
  const start = block.base + block.offsets[0]!;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 40 && listMarkerBefore.test(source.slice(lineStart, start));
}

/** Follows the blocks of a report in order and tells, for each, the colon line its list spells out. */
export class LeadIns {
  private inList = false;
  private lead: string | null = null;

  /** The lead-in of a block: the line before its list when that ends in a colon, else null. */
  next(listItem: boolean, sentenceBefore: string | undefined): string | null {
    if (!listItem) {
      this.inList = false;
      this.lead = null;
    } else if (!this.inList) {
      this.inList = true;
      this.lead = sentenceBefore !== undefined && endsWithColon(sentenceBefore) ? sentenceBefore : null;
    }
    return this.lead;
  }
}

/** Whether a text ends in a colon, white space after it aside: `trimEnd().endsWith(':')` without the copy. */
export function endsWithColon(text: string): boolean {
  let end = text.length - 1;
  // `\s` is exactly what `trimEnd` removes.
  while (end >= 0 && /\s/u.test(text[end]!)) end--;
  return text.charCodeAt(end) === 58; /* : */
}
