import type { Finding, FixAnchor, Language, Sentence } from '../core/types';
import { quote, type Match, type Rule } from './rule';
import { messages } from '../core/messages';

/**
 * What a document being typed keeps of its findings. A keystroke leaves every sentence outside the
 * paragraph typed in the same object (the pipeline keeps them per paragraph): a finding about such a
 * sentence, with the same cue words and severity, is the finding made last time; a signal's message
 * depends only on its rule and cue words (the same array while its sentence is unchanged); and a
 * balance's related sentences keep their notes. All weakly, so that each goes with its sentence.
 */
export class FindingMemo {
  readonly kept = new Map<string, Record<Language, WeakMap<Sentence, Finding>>>();
  readonly messages = new Map<string, Record<Language, WeakMap<readonly string[], string>>>();
  readonly notes: Record<Language, WeakMap<Sentence, string>> = { nl: new WeakMap(), en: new WeakMap() };
}

/** A rule's match as a finding in the reader's language; made once per unchanged sentence when a memo is given. */
export function findingOf(
  rule: Rule,
  match: Match,
  severity: Finding['severity'],
  locale: Language,
  memo: FindingMemo | undefined,
): Finding {
  const { sentence } = match;
  // Only a finding made from its sentence alone: a balance's related sentences or values change with the rest.
  const kept =
    memo && sentence && !match.related && match.section === undefined && !match.values
      ? perRule(memo.kept, rule.id)[locale]
      : undefined;
  const before = kept?.get(sentence!);
  if (before && before.cues === match.cues && before.range === match.range && before.severity === severity)
    return before;
  const finding: Finding = {
    ruleId: rule.id,
    kind: rule.kind,
    severity,
    range: match.range,
    message: messageOf(rule, match, locale, memo),
    cues: match.cues,
    anchor: anchorOf(match),
    related: (match.related ?? []).map((related) => ({
      range: related.range,
      message: relatedNote(related, locale, memo),
    })),
    ...(match.section !== undefined ? { section: match.section } : {}),
  };
  kept?.set(sentence!, finding);
  return finding;
}

function perRule<K extends object, V>(
  byRule: Map<string, Record<Language, WeakMap<K, V>>>,
  id: string,
): Record<Language, WeakMap<K, V>> {
  let byLocale = byRule.get(id);
  if (!byLocale) byRule.set(id, (byLocale = { nl: new WeakMap(), en: new WeakMap() }));
  return byLocale;
}

function messageOf(rule: Rule, match: Match, locale: Language, memo: FindingMemo | undefined): string {
  // A report read once brings no sentence back: nothing to remember its messages for.
  if (match.values || !memo) return rule.messages[locale](quote(match.cues, locale), match.values ?? {});
  const messages = perRule(memo.messages, rule.id)[locale];
  let message = messages.get(match.cues);
  if (message === undefined) {
    message = rule.messages[locale](quote(match.cues, locale), {});
    messages.set(match.cues, message);
  }
  return message;
}

/** Where a match's fixes would go: two positions, where the fixes themselves are a few hundred characters each. */
function anchorOf(match: Match): FixAnchor {
  const paragraphEnd = match.sentence?.blockEnd ?? match.range.end;
  return match.sentence?.focus === 'coach'
    ? { paragraphEnd, reframeAfter: match.sentence.range.end }
    : { paragraphEnd };
}

/** Why a sentence weighs in a balance: its label and the words behind it. */
function relatedNote(sentence: Sentence, locale: Language, memo: FindingMemo | undefined): string {
  let note = memo?.notes[locale].get(sentence);
  if (note === undefined) {
    const words = sentence.why.valence.words.length > 0 ? sentence.why.valence.words : sentence.why.focus.words;
    note = `${messages[locale].valence[sentence.valence]} · ${messages[locale].focus[sentence.focus]}${words.length > 0 ? `: ${quote(words, locale)}` : ''}`;
    memo?.notes[locale].set(sentence, note);
  }
  return note;
}
