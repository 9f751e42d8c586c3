import { LineIndex } from './positions';
import type { Analysis, Fix, Language, Position, ReportMeta } from './types';
import { messages } from './messages';

/** What the fixes need to know about the report. */
export interface FixContext {
  text: string;
  lines: LineIndex;
  locale: Language;
  meta: ReportMeta;
  style: 'blockquote' | 'comment';
  /** Headings with their source offsets, in order. */
  headings: readonly { text: string; start: number; end: number }[];
  /** The report's line ending (see lineEnding), found once for all its fixes. */
  eol: string;
}

const reflectionLabel = { nl: 'Reflectie', en: 'Reflection' };
const successHeading =
  /^(wat ging goed|wat goed ging|successen|sterktes|krachten|wat werkte|what went well|successes|strengths|what worked)\b/iu;

/**
 * What fixes need, from a report's text and its analysis: fixes are worked out when the editor asks
 * for them, from the text the analysis was made of, not with every analysis.
 */
export function fixContext(
  text: string,
  analysis: Pick<Analysis, 'meta' | 'sections' | 'language'>,
  settings: { locale: Language | null; reflectionStyle: FixContext['style'] },
): FixContext {
  const lines = new LineIndex(text);
  const headings = analysis.sections.flatMap((section) =>
    section.heading === null
      ? []
      : [{ text: section.heading, start: lines.offset(section.range.start), end: lines.offset(section.range.end) }],
  );
  return {
    text,
    lines,
    locale: settings.locale ?? analysis.language,
    meta: analysis.meta,
    style: settings.reflectionStyle,
    headings,
    eol: lineEnding(text),
  };
}

/** The line ending the report already uses, so an edit never mixes styles. */
export function lineEnding(text: string): string {
  const match = /\r\n|\r|\n/u.exec(text);
  return match ? match[0] : '\n';
}

/** The end of the line holding an offset: an insertion there never splits a line. */
function endOfLine(text: string, offset: number): number {
  let end = Math.max(0, Math.min(offset, text.length));
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

function insertAt(context: FixContext, offset: number, newText: string): Fix['edits'][number] {
  const position = context.lines.position(offset);
  return { range: { start: position, end: position }, newText };
}

/** Whether a line is a reflection question as Kracht inserts it, in either language and style. */
export function isReflectionLine(line: string): boolean {
  return Object.values(reflectionLabel).some(
    (label) => line.startsWith(`> **${label}:** `) || line.startsWith(`<!-- ${label}: `),
  );
}

/** A reflection question as inserted: a block quote or a hidden comment, by the setting. */
export function reflectionBody(context: FixContext, question: string): string {
  const label = reflectionLabel[context.locale];
  return context.style === 'comment' ? `<!-- ${label}: ${question} -->` : `> **${label}:** ${question}`;
}

/** Where a paragraph's reflection goes: the end of its last line. */
export function reflectionOffset(context: FixContext, paragraphEnd: Position): number {
  return endOfLine(context.text, context.lines.offset(paragraphEnd));
}

/** Inserts the rule's reflection question after the paragraph, as a block quote or a hidden comment. */
export function reflectionFix(context: FixContext, question: string, paragraphEnd: Position): Fix {
  const eol = context.eol;
  const body = reflectionBody(context, question);
  const offset = reflectionOffset(context, paragraphEnd);
  return {
    kind: 'reflection',
    title: messages[context.locale].reflectionTitle,
    edits: [insertAt(context, offset, `${eol}${eol}${body}`)],
  };
}

/** Adds a prompt for the coachee's own share under a "what went well" heading, creating it when missing. */
export function ownShareFix(context: FixContext): Fix {
  const eol = context.eol;
  const text = messages[context.locale];
  const prompt = text.ownSharePrompt(context.meta.coachee ?? text.theCoachee);
  const title = text.ownShareTitle;
  const index = context.headings.findIndex((heading) => successHeading.test(heading.text.trim()));
  if (index < 0) {
    const heading = text.wentWellHeading;
    const trailing = /(\r\n|\r|\n)$/u.test(context.text) ? '' : eol;
    const gap = context.text.trim() === '' ? '' : `${trailing}${eol}`;
    return {
      kind: 'own-share',
      title,
      edits: [insertAt(context, context.text.length, `${gap}${heading}${eol}${eol}${prompt}${eol}`)],
    };
  }
  // After the last line with text in that section: as one more list item, or as a new list.
  const sectionEnd = index + 1 < context.headings.length ? context.headings[index + 1]!.start : context.text.length;
  const body = context.text.slice(context.headings[index]!.end, sectionEnd);
  const lastText = body.trimEnd();
  const offset = context.headings[index]!.end + lastText.length;
  const lastLine = lastText.slice(Math.max(lastText.lastIndexOf('\n'), lastText.lastIndexOf('\r')) + 1);
  const inList = /^\s*(?:[-*+]|\d+[.)])\s/u.test(lastLine);
  return { kind: 'own-share', title, edits: [insertAt(context, offset, `${inList ? eol : `${eol}${eol}`}${prompt}`)] };
}

/** After a coach-centred sentence (at its end), a prompt about what the coachee did with it. */
export function reframeFix(context: FixContext, sentenceEnd: Position): Fix {
  const text = messages[context.locale];
  const prompt = text.reframePrompt(context.meta.coachee ?? text.theCoachee);
  return {
    kind: 'reframe',
    title: text.reframeTitle,
    edits: [insertAt(context, context.lines.offset(sentenceEnd), prompt)],
  };
}
