// Types for the bench corpus generator copied from ../shared/bench (plain JavaScript there).
export interface GeneratedReport {
  text: string;
  name: string;
  iso: string;
}
export function report(options?: { seed?: number; index?: number; lang?: 'nl' | 'en'; words?: number; bytes?: number }): GeneratedReport;
export function generate(options: { out: string; files?: number; words?: number; bytes?: number; lang?: 'nl' | 'en' | 'mix'; seed?: number; name?: string; spread?: number }): {
  files: number;
  bytes: number;
  words: number;
};
export const DEFAULT_DIR: string;
