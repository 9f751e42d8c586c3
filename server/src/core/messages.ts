import type { Focus, Language, Valence } from './types';

/**
 * Every sentence the server writes into a report or shows beside it, in both languages, in one table: a
 * translation is reviewed in one place, and a message added in one language fails to compile until the
 * other has it. The rules' own messages and reflection questions live with each rule (rules/), the
 * editor's UI strings in the l10n bundles.
 */
export interface Messages {
  /** Joins the last of several quoted cue words. */
  and: string;
  valence: Record<Valence, string>;
  focus: Record<Focus, string>;
  /** The coachee, when the report's front matter does not name them. */
  theCoachee: string;
  reflectionTitle: string;
  ownShareTitle: string;
  ownSharePrompt: (name: string) => string;
  wentWellHeading: string;
  reframeTitle: string;
  reframePrompt: (name: string) => string;
  silenceTitle: (ruleId: string) => string;
  /** The quick fix that hides a finding in workspace settings, leaving the report as it is. */
  hideTitle: (ruleId: string) => string;
  /** Above each heading (CodeLens): "strengths 62% · coachee 71%". */
  sectionShares: (strengthShare: string, coacheeShare: string) => string;
  contributionsTitle: (coachee: string) => string;
  contributionsIntro: (sentences: number, reports: number, span: string) => string;
  contributionsLine: string;
  noContributions: string;
  balanceOnlyNotice: (limit: string) => string;
  skippedNotice: string;
  /** The one diagnostic after the first 1,000: how many more there are. */
  moreDiagnostics: (rest: number) => string;
  hover: { words: string; sure: string; right: (percent: number) => string; more: string };
  stopped: {
    notice: (reason: string) => string;
    stalled: (seconds: number) => string;
    crashed: (why: string) => string;
    failed: (why: string) => string;
  };
}

export const messages: Readonly<Record<Language, Messages>> = {
  nl: {
    and: 'en',
    valence: { strength: 'sterkte', weakness: 'zwakte', neutral: 'neutraal' },
    focus: { coach: 'coach', coachee: 'coachee', neutral: 'neutraal' },
    theCoachee: 'de coachee',
    reflectionTitle: 'Voeg een reflectievraag toe',
    ownShareTitle: 'Voeg een vraag toe over het eigen aandeel van de coachee',
    ownSharePrompt: (name) => `- Wat deed ${name} zelf, en welke kwaliteit kwam daarbij naar voren?`,
    wentWellHeading: '## Wat ging goed',
    reframeTitle: 'Vraag wat de coachee hiermee deed',
    reframePrompt: (name) => ` *(Wat deed ${name} hier zelf mee?)*`,
    silenceTitle: (ruleId) => `Zet ${ruleId} hier uit`,
    hideTitle: (ruleId) => `Verberg deze melding (${ruleId}) in de werkruimte-instellingen`,
    sectionShares: (strength, coachee) => `sterktes ${strength} · coachee ${coachee}`,
    contributionsTitle: (coachee) => `# Wat ${coachee} zelf deed, vond en besloot`,
    contributionsIntro: (sentences, reports, span) =>
      `_${sentences} zinnen uit ${reports} verslagen (${span}), verzameld door Kracht. Om mee te nemen naar de volgende of de afsluitende sessie._`,
    contributionsLine: 'regel',
    noContributions: 'Nog geen zinnen gevonden over wat de coachee zelf deed.',
    balanceOnlyNotice: (limit) =>
      `Dit verslag is groter dan ${limit}: Kracht toont alleen de balans van het hele verslag (instelling kracht.maxFileSize).`,
    skippedNotice: 'Dit verslag is groter dan 10 MB en wordt niet geanalyseerd.',
    moreDiagnostics: (rest) =>
      `Nog ${rest} meldingen van Kracht worden niet getoond; los eerst de bovenstaande op of zet regels uit met kracht.severity.`,
    hover: {
      words: 'Woorden',
      sure: 'Hoe zeker',
      right: (p) =>
        `${p}% van de signalen die minstens zo zeker waren, klopte op verslagen waar Kracht niet van leerde`,
      more: 'Meer over deze regel',
    },
    stopped: {
      notice: (reason) =>
        `Kracht heeft de analyse van dit verslag gestopt (${reason}). De eerdere meldingen zijn weggehaald; Kracht probeert het opnieuw als je het verslag bewerkt.`,
      stalled: (seconds) => `${seconds} seconden lang geen voortgang`,
      crashed: (why) => `de analyse stopte onverwacht: ${why}`,
      failed: (why) => `er ging iets mis: ${why}`,
    },
  },
  en: {
    and: 'and',
    valence: { strength: 'strength', weakness: 'weakness', neutral: 'neutral' },
    focus: { coach: 'coach', coachee: 'coachee', neutral: 'neutral' },
    theCoachee: 'the coachee',
    reflectionTitle: 'Add a reflection question',
    ownShareTitle: "Add a prompt for the coachee's own share",
    ownSharePrompt: (name) => `- What did ${name} do themselves, and which quality showed in it?`,
    wentWellHeading: '## What went well',
    reframeTitle: 'Ask what the coachee did with this',
    reframePrompt: (name) => ` *(What did ${name} do with this?)*`,
    silenceTitle: (ruleId) => `Silence ${ruleId} here`,
    hideTitle: (ruleId) => `Hide this finding (${ruleId}) in workspace settings`,
    sectionShares: (strength, coachee) => `strengths ${strength} · coachee ${coachee}`,
    contributionsTitle: (coachee) => `# What ${coachee} did, found and decided`,
    contributionsIntro: (sentences, reports, span) =>
      `_${sentences} sentences from ${reports} reports (${span}), collected by Kracht. To bring to the next session or the closing session._`,
    contributionsLine: 'line',
    noContributions: 'No sentences yet about what the coachee did themselves.',
    balanceOnlyNotice: (limit) =>
      `This report is larger than ${limit}: Kracht shows only the balance of the whole report (setting kracht.maxFileSize).`,
    skippedNotice: 'This report is larger than 10 MB and is not analysed.',
    moreDiagnostics: (rest) =>
      `${rest} more Kracht diagnostics are not shown; address the ones above first, or turn rules off with kracht.severity.`,
    hover: {
      words: 'Words',
      sure: 'How sure',
      right: (p) => `${p}% of signals at least this sure were right on reports Kracht did not learn from`,
      more: 'More about this rule',
    },
    stopped: {
      notice: (reason) =>
        `Kracht stopped analysing this report (${reason}). Its earlier diagnostics are removed; Kracht tries again when you edit the report.`,
      stalled: (seconds) => `no progress for ${seconds} seconds`,
      crashed: (why) => `the analysis stopped unexpectedly: ${why}`,
      failed: (why) => `something went wrong: ${why}`,
    },
  },
};
