import { balanceOf } from './balance';
import { collectNames, evidenceOf, perspectiveOf } from './evidence';
import { headerCoachee } from './coachee-name';
import { readFrontMatter } from './front-matter';
import { blockLanguage, detectLanguage, proseOpening } from './language';
import type { LabelContext, Labels, Matchers } from './label';
import { parseMarkdown, type MarkdownDocument } from './markdown';
import { LineIndex } from './positions';
import { splitSentences } from './sentences';
import { DialogueLine } from './speech';
import type { Settings } from './settings';
import type { Analysis, Language, Sentence } from './types';
import { sectionKind, withContext, type SectionKind } from './learned/context';
import { learned } from './learned/apply';
import type { Features } from './learned/features';
import type { Model } from './learned/model';
import { bundledModel } from './learned/bundled';
import { endsWithColon, isFirstPersonQuote, isListItem, LeadIns } from './lead-in';
import { cachedLabels, labelled, MatcherMemo, variantOf } from './label-cache';
import { blockItems } from './block-place';
import { dialogueLetters, lettersKey } from './dialogue-letters';
import { blockLanguageOf, keptPlaces, memoOf, sameRules, sentencesOf } from './block-memo';
import type { AnalysisSession } from './session';
import type { SignalDecider } from './signals';

/**
 * How a text is analysed. `session`: the document's state from its last version, when it is typed in
 * (see AnalysisSession). Without one the text is read once (a workspace summary, the CLI): nothing is
 * looked up or kept for a next version, which there will not be; hashing every sentence and paragraph
 * into the caches cost a fifth of a cold report.
 */
export interface AnalysisOptions {
  /** The signal rules' decisions (rules/): the core knows what a signal is, the rules decide when one shows. */
  signals: readonly SignalDecider[];
  session?: AnalysisSession;
  /** Without a session: the matchers of user lexicons, shared by the reports of one run (see MatcherMemo). */
  matchers?: MatcherMemo;
  /** The learned layer to apply: the bundled one by default, null for the rules alone (training, scoring). */
  model?: Model | null;
  /** Keep each sentence's features (training and scoring only). */
  features?: boolean;
  /** Called as the analysis moves on (each block, each rule): a watchdog tells a stuck analysis from a slow one. */
  onProgress?: () => void;
}

/** The analysis without findings: sentences, labels, sections and balance. */
export function analyzeText(
  text: string,
  settings: Settings,
  options: AnalysisOptions,
): Omit<Analysis, 'findings'> & {
  markdown: MarkdownDocument;
  lines: LineIndex;
  bySection: Sentence[][];
  features?: Features[];
} {
  const session = options.session;
  const matcherMemo = session?.labels ?? options.matchers ?? new MatcherMemo();
  const model = options.model === undefined ? bundledModel : options.model;
  const allFeatures: Features[] | undefined = options.features ? [] : undefined;
  const lines = new LineIndex(text);
  const markdown = parseMarkdown(text, session?.chunks ?? null, options.onProgress);
  const problems: Analysis['problems'] = [];
  const front = readFrontMatter(markdown.frontMatter?.value ?? null, session?.frontMatter);
  if (front.problem && markdown.frontMatter) {
    problems.push({
      message: front.problem,
      range: lines.range(markdown.frontMatter.start, markdown.frontMatter.start + 3),
    });
  }
  const meta = front.meta;
  const evidence = (markdown.parts ?? [markdown]).map((part) => evidenceOf(part, session?.evidence));
  const language: Language =
    meta.lang ??
    (settings.language !== 'auto' ? settings.language : (detectLanguage(proseOpening(markdown.blocks)) ?? 'nl'));
  const perBlock = !meta.lang && settings.language === 'auto';
  const header = meta.coachee === undefined ? headerCoachee(text) : undefined;
  const names = collectNames(evidence, meta.coachee, settings.coacheeNames, header);
  const letters = dialogueLetters(text, names);
  const perspective = meta.perspective ?? perspectiveOf(evidence);
  const sentences: Sentence[] = [];
  let toolsSoFar = 0;
  // The rules' labels of the sentence before, which the learned layer reads.
  let previousRules: Labels | null = null;
  // What every sentence's labels depend on besides its own text, computed once per document.
  const labelKey = [perspective, [...names].join(' '), lettersKey(letters)];
  const labelCache = session
    ? session.labels.cacheFor([...labelKey, session.labels.lexiconKey(settings.lexicon)].join('\u0000'))
    : null;
  const matchersOf: Partial<Record<Language, Matchers>> = {};
  // A section's kind is worked out for the blocks that are labelled again, not on every keystroke.
  const sectionKinds: (SectionKind | undefined)[] = [];
  const kindOf = (section: number): SectionKind =>
    (sectionKinds[section] ??= sectionKind(section === 0 ? null : markdown.headings[section - 1]!.text));
  const headingOf = (section: number): string | null => (section === 0 ? null : markdown.headings[section - 1]!.text);
  const leadIns = new LeadIns();
  let kindOfLead: { lead: string | null; kind: SectionKind | null } = { lead: null, kind: null };
  for (const block of markdown.blocks) {
    options.onProgress?.();
    const listItem = isListItem(text, block);
    const quoteBlock = !listItem && isFirstPersonQuote(text, block);
    const leadIn = leadIns.next(listItem, sentences.at(-1)?.text);
    // Worked out once per list, not for each of its items.
    if (leadIn !== kindOfLead.lead) kindOfLead = { lead: leadIn, kind: leadIn === null ? null : sectionKind(leadIn) };
    const leadKind = kindOfLead.kind;
    const memo = session ? memoOf(session.blocks, block) : undefined;
    const blockLang = !perBlock
      ? language
      : memo
        ? blockLanguageOf(memo, block, language)
        : blockLanguage(block.text, language);
    // What a block's kept sentences must have been made with to be taken over (see KeptSentences); a
    // text read once keeps none, and works none of it out.
    const place = session ? lines.position(block.base) : null;
    const afterColon =
      session !== undefined && sentences.length > 0 && endsWithColon(sentences[sentences.length - 1]!.text);
    const toolsBefore = Math.min(toolsSoFar, 2);
    const kept = place
      ? memo?.kept?.find((entry) => entry.line === place.line && entry.character === place.character)
      : undefined;
    if (
      kept &&
      kept.section === block.section &&
      kept.language === blockLang &&
      kept.labels === labelCache &&
      kept.afterColon === afterColon &&
      kept.leadIn === leadIn &&
      kept.toolsBefore === toolsBefore &&
      sameRules(kept.previousRules, previousRules) &&
      kept.heading === headingOf(block.section) &&
      kept.model === model
    ) {
      for (const sentence of kept.sentences) sentences.push(sentence);
      toolsSoFar += kept.tools;
      previousRules = kept.lastRules;
      continue;
    }
    const toolsAtStart = toolsSoFar;
    const rulesBefore = previousRules;
    const first = sentences.length;
    const matchers = (matchersOf[blockLang] ??= matcherMemo.matchersFor(blockLang, settings.lexicon));
    const blockEnd = lines.position(block.blockEnd);
    const line = new DialogueLine(block.text);
    const items = blockItems({
      listItem,
      leadIn,
      leadKind,
      sectionKind: kindOf(block.section),
      heading: headingOf(block.section),
      names,
    });
    for (const relative of memo ? sentencesOf(memo, block) : splitSentences(block)) {
      const start = relative.start + block.base;
      const end = relative.end + block.base;
      const previous = sentences.length > 0 ? sentences[sentences.length - 1]!.text : undefined;
      // Right after a colon, or an item of a list a colon line introduces: it spells that line out.
      const colonBefore = leadIn !== null || (previous !== undefined && endsWithColon(previous));
      const place = { lineSpeaker: line.speakerAt(relative.start), quoteBlock, ...items, afterColon: colonBefore };
      const context = (): LabelContext => ({
        language: blockLang,
        matchers,
        signals: options.signals,
        perspective,
        names,
        letters,
        ...place,
      });
      const variant = variantOf(place);
      const labels = labelCache
        ? cachedLabels(relative.text, blockLang, variant, labelCache, context)
        : labelled(relative.text, context());
      // The first model or exercise alone is not working hard; the second and later in a row are (rule 30).
      const toolRun = labels.tools.length > 0 && toolsSoFar + labels.tools.length >= 2;
      toolsSoFar += labels.tools.length;
      const features = withContext(labels.features, {
        section: kindOf(block.section),
        afterColon: colonBefore,
        leadIn: leadKind,
        toolRun,
        rules: labels,
        previous: previousRules,
      });
      previousRules = labels;
      line.after(labels, relative.end);
      allFeatures?.push(features);
      const decided = learned(model, labels, features, toolRun);
      sentences.push({
        text: relative.text,
        range: lines.range(start, end),
        language: blockLang,
        ...decided,
        words: labels.words,
        section: block.section,
        blockEnd,
      });
    }
    if (memo && place && labelCache) {
      const entry = {
        line: place.line,
        character: place.character,
        section: block.section,
        language: blockLang,
        labels: labelCache,
        afterColon,
        leadIn,
        toolsBefore,
        previousRules: rulesBefore,
        lastRules: previousRules,
        heading: headingOf(block.section),
        model,
        sentences: sentences.slice(first),
        tools: toolsSoFar - toolsAtStart,
      };
      const others = (memo.kept ?? []).filter(
        (other) => other.line !== place.line || other.character !== place.character,
      );
      memo.kept = [entry, ...others.slice(0, keptPlaces - 1)];
    }
  }
  const bySection: Sentence[][] = Array.from({ length: markdown.headings.length + 1 }, () => []);
  for (const sentence of sentences) bySection[sentence.section]!.push(sentence);
  const sections: Analysis['sections'] = [
    {
      heading: null,
      depth: 0,
      range: lines.lineRange(markdown.frontMatter ? lines.position(markdown.frontMatter.end).line + 1 : 0),
      balance: balanceOf(bySection[0]!),
    },
    ...markdown.headings.map((heading, i) => ({
      heading: heading.text,
      depth: heading.depth,
      range: lines.range(heading.start, heading.end),
      balance: balanceOf(bySection[i + 1]!),
    })),
  ];
  return {
    language,
    meta,
    sentences,
    sections,
    balance: balanceOf(sentences),
    problems,
    markdown,
    lines,
    bySection,
    features: allFeatures,
  };
}
