import type { CodeLens } from 'vscode-languageserver/node';
import { messages, type Analysis, type Language } from '../kracht';
import { formatShare as percent } from '../format/share';

/** The client command a lens runs, where the client says it has it: to the section's first finding. */
export const showSectionFindings = 'kracht.showSectionFindings';

/**
 * Above each heading: the section's two shares, e.g. "sterktes 62% · coachee 71%". `clickable`: the
 * client handles showSectionFindings (arguments: the report, the section's first and last line); for any
 * other client a lens only shows.
 */
export function codeLenses(analysis: Analysis, locale: Language, uri: string, clickable: boolean): CodeLens[] {
  const { sections } = analysis;
  const lenses: CodeLens[] = [];
  sections.forEach((section, i) => {
    if (section.heading === null || section.depth > 6) return;
    const { strengthShare, coacheeShare } = section.balance;
    const title = messages[locale].sectionShares(percent(strengthShare), percent(coacheeShare));
    // A section runs to the line before the next heading, or to the end of the report.
    const last = i + 1 < sections.length ? sections[i + 1]!.range.start.line - 1 : Number.MAX_SAFE_INTEGER;
    lenses.push({
      range: { start: section.range.start, end: section.range.start },
      command: clickable
        ? { title, command: showSectionFindings, arguments: [uri, section.range.start.line, last] }
        : { title, command: '' },
    });
  });
  return lenses;
}
