import { NotificationType } from 'vscode-languageserver-protocol';

/** The shares of one report, sent to the client for the status bar after each analysis. */
export interface ReportBalanceParams {
  uri: string;
  strengthShare: number | null;
  coacheeShare: number | null;
  words: number;
}

/** Server → client: the balance of a report that was just analysed. */
export const reportBalance = new NotificationType<ReportBalanceParams>('kracht/reportBalance');

/** The settings section both sides use. */
export const configurationSection = 'kracht';
