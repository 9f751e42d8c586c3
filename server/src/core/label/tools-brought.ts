import type { Hit } from '../matcher';
import type { Focus, Reason, SignalName } from '../types';
import { functionWords } from '../../lexicons';
import { inClause, words, type Parsed } from './parsed';
import { opensWithPointer } from '../signal-guards';
import { participleLike } from '../clause-openers';

const addresseePossessives = functionWords.addresseePossessives;
const toolQuantities = functionWords.toolQuantities;
const toolPlurals = [...functionWords.toolPlurals];
const clauseMark = /[,;:.!?]/u;
const offerVerbs = functionWords.offerVerbs;

/**
 * The models and exercises the coach actually brought in (rule 30): not refrained from, planned or advised, not
 * the coachee's own ("haar schema", "your plan"), and not in a sentence that points back to comment on one told
 * before ("Dat had ik niet moeten doen, want het is haar schema", rule 29).
 */
export function toolsBrought(
  parsed: Parsed,
  focus: Focus,
  signals: Partial<Record<SignalName, Reason>>,
  refrains: boolean,
): string[] {
  const helper = (cls: string): boolean => parsed.signals.some((hit) => hit.cls === cls);
  if (focus !== 'coach' || refrains || helper('plan') || signals['expert-role'] || signals['intervention-focus'])
    return [];
  const tools = parsed.valence.filter(
    (h) => h.cls === 'neutralizer' && !coacheesOwn(parsed, h.first) && !judgedTool(parsed, h.last),
  );
  // A compound of a kind of tool, counted ("drie planningsmethodes", "verschillende planningstools"), is one too.
  parsed.tokens.forEach((token, t) => {
    if (!tools.some((tool) => t >= tool.first && t <= tool.last) && toolPlurals.some((p) => token.norm.endsWith(p)))
      if (severalBefore(parsed, t) && !coacheesOwn(parsed, t))
        tools.push({ cls: 'neutralizer', term: token.norm, first: t, last: t });
  });
  tools.sort((a, b) => a.first - b.first);
  // "Dat model heb ik toen uitgelegd" names the tool it brings; "Dat was te veel" only points back.
  if (opensWithPointer(parsed.signals) && !tools.some((tool) => tool.first === 1)) return [];
  // "het model van de conflicttrap" is one tool, however many of its words the lexicon knows; "the change
  // curve, then a stakeholder exercise" is two.
  const mentions: Hit[] = [];
  for (const hit of tools) {
    const previous = mentions.at(-1);
    const between = previous ? parsed.text.slice(parsed.tokens[previous.last]!.at, parsed.tokens[hit.first]!.at) : '';
    if (previous && hit.first - previous.last <= 3 && !/[,;:]/u.test(between))
      previous.last = Math.max(previous.last, hit.last);
    else mentions.push({ ...hit });
  }
  // Several tools in one mention ("three different models", "twee andere oefeningen") are a run by themselves.
  return mentions.flatMap((hit) =>
    severalBefore(parsed, hit.first) ? [words(parsed, hit), words(parsed, hit)] : [words(parsed, hit)],
  );
}

/** Whether a number of two or more, or a word like "several", counts the tool at `index` (a word or two before it). */
function severalBefore(parsed: Parsed, index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const token = parsed.tokens[k]!;
    if (clauseMark.test(token.after)) return false;
    if (toolQuantities.has(token.norm)) return true;
  }
  return false;
}

/** Whether the word at `index` follows a possessive of the coachee ("haar schema", "his plan", "je planning"). */
function coacheesOwn(parsed: Parsed, index: number): boolean {
  const before = index - 1;
  return (
    addresseePossessives.has(parsed.tokens[before]?.norm ?? '') ||
    parsed.focus.some((hit) => hit.cls === 'possessive-coachee' && hit.first === before)
  );
}

/**
 * "I offered him two more exercises", "Ik heb haar een ademoefening aangeboden": offering a model or exercise is an
 * intervention chosen, as explaining one is (rule 32: not expert-role); offering to review, deliver or be on call
 * still is. The signal hits without offers whose clause holds a tool and no ready-made product.
 */
export function withoutToolOffers(parsed: Pick<Parsed, 'tokens' | 'clauses' | 'valence'>, hits: Hit[]): Hit[] {
  const toolOffer = (hit: Hit): boolean => {
    if (hit.cls !== 'expert-role') return false;
    let offer = false;
    for (let t = hit.first; t <= hit.last && !offer; t++) offer = offerVerbs.has(parsed.tokens[t]!.norm);
    if (!offer) return false;
    const clause = parsed.clauses.find((c) => inClause(hit, c));
    if (!clause) return false;
    const within = (h: Hit): boolean => h.first >= clause.first && h.last <= clause.last;
    return (
      parsed.valence.some((h) => h.cls === 'neutralizer' && within(h)) &&
      !hits.some((h) => (h.cls === 'product' || h.cls === 'deliver') && within(h))
    );
  };
  return hits.some(toolOffer) ? hits.filter((hit) => !toolOffer(hit)) : hits;
}

const verbsAfterSubject = functionWords.verbsAfterSubject;

/**
 * "één model was genoeg geweest", "the second exercise was too much": a tool as the subject of a verb that is no
 * passive of bringing it in ("The window of tolerance was explained" is) is judged or told of, not brought (rule 29).
 */
function judgedTool(parsed: Parsed, last: number): boolean {
  const verb = parsed.tokens[last + 1];
  if (!verb || !verbsAfterSubject.has(verb.norm) || /[,;:]/u.test(parsed.tokens[last]!.after)) return false;
  const after = parsed.tokens.slice(last + 2, last + 5);
  return !after.some((token) => participleLike.test(token.norm) && token.norm !== 'geweest');
}
