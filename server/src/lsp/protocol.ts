import { NotificationType, RequestType, type Range } from 'vscode-languageserver-protocol';
import type { HiddenFinding, WorkspaceSummary } from '../kracht';

export type { HiddenFinding, WorkspaceSummary };

/** A report just analysed: its shares for the status bar, its sentences for the highlights. */
export interface ReportAnalysedParams {
  uri: string;
  strengthShare: number | null;
  coacheeShare: number | null;
  words: number;
  sentences: { range: Range; valence: 'strength' | 'weakness' | 'neutral'; focus: 'coach' | 'coachee' | 'neutral' }[];
}

/** Server → client: a report was analysed. */
export const reportAnalysed = new NotificationType<ReportAnalysedParams>('kracht/reportAnalysed');

/** Client → server: check this report now, whatever kracht.run says. */
export const checkReport = new RequestType<{ uri: string }, boolean, void>('kracht/checkReport');

/** The settings section both sides use. */
export const configurationSection = 'kracht';

/** Client → server: summarise every report in these workspace folders (file URIs). */
export const workspaceSummary = new RequestType<{ folders: string[] }, WorkspaceSummary, void>(
  'kracht/workspaceSummary',
);

/** Server → client: how far a summary has got. */
export const summaryProgress = new NotificationType<{ done: number; total: number }>('kracht/summaryProgress');

/** Client → server: one coachee's own contributions across their reports, as Markdown. */
export const coacheeContributions = new RequestType<{ coachee: string; folders: string[] }, { markdown: string }, void>(
  'kracht/coacheeContributions',
);

/**
 * Client → server: the cursor of a report's editor is on this line (focus mode: leaving the paragraph ends the pause).
 */
export const cursorMoved = new NotificationType<{ uri: string; line: number }>('kracht/cursorMoved');

/** Server → client (a code action's command): hide this finding in settings, leaving the report as it is. */
export const hideFindingCommand = 'kracht.hideFinding';

/** What the hide command records: the rule and the key of the sentence, never its words. */
export interface HideFindingArgs {
  uri: string;
  rule: string;
  sentence: string;
}
