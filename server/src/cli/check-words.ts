import type { Language } from '../kracht';

/** "1 report", "2 reports": a count with its noun. */
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** What `kracht check` says at the end of its text output, in the user's language. */
export const checkWords = {
  nl: {
    checked: (reports: number, crossing: number) =>
      `${plural(reports, 'verslag', 'verslagen')} gecontroleerd, ${crossing} over de drempels.`,
    tooManyWarnings: (warnings: number, max: number) =>
      `${plural(warnings, 'waarschuwing', 'waarschuwingen')}, meer dan --max-warnings ${max}.`,
  },
  en: {
    checked: (reports: number, crossing: number) =>
      `${plural(reports, 'report', 'reports')} checked, ${crossing} across the thresholds.`,
    tooManyWarnings: (warnings: number, max: number) =>
      `${plural(warnings, 'warning', 'warnings')}, more than --max-warnings ${max}.`,
  },
} satisfies Record<Language, Record<string, (...args: number[]) => string>>;
