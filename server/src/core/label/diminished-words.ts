import type { Hit } from '../matcher';
import type { Language } from '../types';
import { functionWords } from '../../lexicons';
import type { Parsed } from './parsed';
import type { ValenceItem } from './negation-scope';

const lacking = functionWords.lackingWords;
const losses = functionWords.lossVerbs;
const articles = functionWords.articles;

/**
 * "De klachten zijn afgenomen", "her anxiety has gone down": a problem or quality that diminished turns as
 * a negation does (rule 10: a problem that is gone is progress), binding to the word before the verb in its
 * clause or inside it ("nemen haar klachten af"); a word of lacking first to what follows it ("mist overzicht").
 * Negated itself ("zijn niet afgenomen") it turns nothing, and takes its negation along; the negations so spent
 * are returned.
 */
export function diminishedWords(
  parsed: Parsed,
  language: Language,
  items: ValenceItem[],
  negators: readonly Hit[],
): Set<number> {
  const spent = new Set<number>();
  for (const hit of parsed.focus) {
    if (hit.cls !== 'diminished') continue;
    const clause = parsed.clauses.findIndex((c) => hit.first >= c.first && hit.first <= c.last);
    // Just before it ("zijn niet afgenomen") or inside a split one ("nemen niet af", "zijn nog niet weg").
    const negated = negators.find(
      (n) => (n.last < hit.first && hit.first - n.last <= 2) || (n.first > hit.first && n.last < hit.last),
    );
    // A word of loss that is a problem itself takes its negation as any word does ("wil die plek niet kwijt").
    const itself = items.filter((item) => item.first === hit.first && item.last === hit.last);
    // Part of a term of its own ("zijn baan verloor", "lost his job"), it is that term's word and turns nothing.
    if (
      items.some(
        (item) => item.first <= hit.first && item.last >= hit.last && item.last - item.first > hit.last - hit.first,
      )
    )
      continue;
    if (negated) {
      if (itself.length === 0) spent.add(negated.first);
      continue;
    }
    const reachable = items.filter((item) => item.flips && !item.onlyNegated && !item.negatedBy);
    const within = reachable.find((item) => item.clause === clause && item.first > hit.first && item.last < hit.last);
    // The subject it diminishes may carry a clause of its own ("her anxiety before meetings has gone down"),
    // but no comma or semicolon; a Dutch participle stands further off, at the end of its clause.
    const reach = language === 'nl' ? 8 : 6;
    const unbroken = (item: ValenceItem): boolean =>
      !parsed.tokens.slice(item.last, hit.first).some((t) => /[,;:]/u.test(t.after));
    // Not back across a turn: "Ze is gemotiveerd maar mist structuur" lacks no motivation.
    const turnedAt = parsed.clauses[clause]?.kind === 'contrast' ? parsed.clauses[clause]!.first : -1;
    const before = reachable
      .filter(
        (item) => item.last < hit.first && item.first >= turnedAt && hit.first - item.last <= reach && unbroken(item),
      )
      .sort((a, b) => b.last - a.last)[0];
    // An inflected participle before its noun qualifies that noun ("drie gemiste afspraken"), nothing before it, and
    // nothing after the noun ("gaat het gesprek over de gemiste deadlines uit de weg").
    const word = parsed.tokens[hit.last]!.norm;
    const attributive = language === 'nl' && word.endsWith('e') && word !== hit.term.split(/\s+/u).at(-1);
    // A word of lacking turns what it lacks after it ("Ze mist zelfvertrouwen", "lacks the courage"), before it only
    // in its own clause ("het overzicht te missen"; not "houdt de boot af en saboteert hiermee …").
    const lacks = lacking.has(parsed.tokens[hit.first]!.norm);
    // "de verloren finale": after an article a word of loss describes the noun after it and turns nothing.
    if (lacks && articles.has(parsed.tokens[hit.first - 1]?.norm ?? '')) continue;
    const after =
      lacks || attributive
        ? reachable
            .filter(
              (item) => item.clause === clause && item.first > hit.last && item.first - hit.last <= (lacks ? 4 : 1),
            )
            .filter((item) => !parsed.tokens.slice(hit.last, item.first).some((t) => /[,;:]/u.test(t.after)))
            .sort((a, b) => a.first - b.first)[0]
        : undefined;
    // English lacks forward only: "went quiet and said she'd lose …" loses no quietness.
    // Dutch puts what is lost before its verb ("haar motivatie verloren"); a word before another object is none of it
    // ("bang het contact … te verliezen").
    const ownObject = before !== undefined && !articles.has(parsed.tokens[before.last + 1]?.norm ?? '');
    const backward = !lacks || (language === 'nl' && before?.clause === clause && ownObject);
    // What a word of lacking lacks is a quality: "mist te veel deadlines" misses no problem, it has one; a fear lost
    // is gone.
    const lackable = (item: ValenceItem | undefined): ValenceItem | undefined =>
      lacks && !losses.has(parsed.tokens[hit.first]!.norm) && item !== undefined && item.sign < 0 ? undefined : item;
    const target = within ?? lackable(after) ?? (attributive || !backward ? undefined : lackable(before));
    if (!target) continue;
    target.negatedBy = hit;
    // "het vertrouwen … kwijt": the verb, a word of loss itself, counts only through what it turns.
    for (const item of itself) if (item !== target) item.onlyNegated = true;
  }
  return spent;
}
