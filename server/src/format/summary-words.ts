import type { Language, SignalName } from '../core/types';
import { signalNames } from '../core/types';
import { ruleById } from '../rules';

/** Each signal's short name in the coach's language, from its rule. */
export const signalTitles = (locale: Language): Record<SignalName, string> =>
  Object.fromEntries(signalNames.map((name) => [name, ruleById(`signal/${name}`)?.title?.[locale] ?? name])) as Record<
    SignalName,
    string
  >;

/** The column headers of the summary's table and Markdown, for people (CSV keeps its machine names). */
export const summaryHeaders = {
  nl: {
    date: 'datum',
    coachee: 'coachee',
    report: 'verslag',
    words: 'woorden',
    strength: 'sterktes',
    coacheeShare: 'aandeel coachee',
    signals: 'signalen',
    reports: 'verslagen',
    trend: 'verloop (sterktes)',
    month: 'maand',
  },
  en: {
    date: 'date',
    coachee: 'coachee',
    report: 'report',
    words: 'words',
    strength: 'strength',
    coacheeShare: 'coachee share',
    signals: 'signals',
    reports: 'reports',
    trend: 'trend (strength)',
    month: 'month',
  },
} as const satisfies Record<Language, Record<string, string>>;
