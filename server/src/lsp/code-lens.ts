import type { CodeLens } from 'vscode-languageserver/node';
import { messages, type Analysis, type Language } from '../kracht';
import { formatShare as percent } from '../format/share';

/** Above each heading: the section's two shares, e.g. "sterktes 62% · coachee 71%". */
export function codeLenses(analysis: Analysis, locale: Language): CodeLens[] {
  return analysis.sections
    .filter((section) => section.heading !== null && section.depth <= 6)
    .map((section) => {
      const { strengthShare, coacheeShare } = section.balance;
      return {
        range: { start: section.range.start, end: section.range.start },
        command: { title: messages[locale].sectionShares(percent(strengthShare), percent(coacheeShare)), command: '' },
      };
    });
}
