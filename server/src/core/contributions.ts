import type { Analysis, Language } from './types';
import { messages } from './messages';

/** One of the coachee's reports, with where to link to. */
export interface ContributionSource {
  /** The path as shown; `link` is what the Markdown links point at. */
  path: string;
  link: string;
  date: string;
  analysis: Analysis;
}

/**
 * Gathers every sentence that shows what the coachee did, found or decided (strength and coachee)
 * across their reports into one Markdown document, grouped by session, each linked to its line.
 */
export function collectContributions(coachee: string, sources: ContributionSource[], locale: Language): string {
  const sessions = [...sources].sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
  const text = messages[locale];
  const lines = [text.contributionsTitle(coachee), ''];
  const found = sessions.map((source) => ({
    source,
    sentences: source.analysis.sentences.filter((s) => s.valence === 'strength' && s.focus === 'coachee'),
  }));
  const total = found.reduce((sum, f) => sum + f.sentences.length, 0);
  const span = sessions.length > 0 ? `${sessions[0]!.date} – ${sessions.at(-1)!.date}` : '';
  lines.push(text.contributionsIntro(total, sessions.length, span), '');
  for (const { source, sentences } of found) {
    if (sentences.length === 0) continue;
    lines.push(`## ${source.date} · [${escapeLinkText(source.path)}](${source.link})`, '');
    for (const sentence of sentences) {
      const line = sentence.range.start.line + 1;
      lines.push(`- ${escapeMarkdown(sentence.text)} ([${text.contributionsLine} ${line}](${source.link}#L${line}))`);
    }
    lines.push('');
  }
  if (total === 0) lines.push(text.noContributions, '');
  return lines.join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/gu, '\\$1');
}

function escapeLinkText(text: string): string {
  return text.replace(/([\\[\]])/gu, '\\$1');
}
