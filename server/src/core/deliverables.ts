import type { Hit } from './matcher';
import type { Token } from './words';
import { functionWords } from '../lexicons';

// A product so near its verb belongs to it: "rewrote your bullet points", "the application I redrafted".
const meansPrepositions = functionWords.meansPrepositions;
const reach = 6;

/**
 * The coach making or sending the coachee a ready-made product (rule 32's "ready-made product": a CV
 * rewritten, vacancies picked out, a template or plan sent): a verb of making or sending in the coach's
 * own clause, with a work product within a few words of it. The verb and the product, or nothing.
 */
export function deliveredProducts(
  hits: readonly Hit[],
  tokens: readonly Token[],
  counts: (hit: Hit) => boolean,
  coachActs: (hit: Hit) => boolean,
): Hit[] {
  // Most sentences have no verb of making or sending: they return before any token is read for a product.
  if (!hits.some((hit) => hit.cls === 'deliver')) return [];
  const compounds = compoundProducts(tokens);
  if (compounds.length === 0 && !hits.some((hit) => hit.cls === 'product')) return [];
  // "Ik stuur de samenvatting per mail": a word after "per"/"by" names the means of sending, no product.
  const means = (hit: Hit): boolean => meansPrepositions.has(tokens[hit.first - 1]?.norm ?? '');
  const products = [...hits.filter((hit) => hit.cls === 'product'), ...compounds].filter(
    (hit) => counts(hit) && !means(hit) && !forTheSession(tokens, hit),
  );
  const found: Hit[] = [];
  for (const verb of hits) {
    if (verb.cls !== 'deliver' || !counts(verb) || !coachActs(verb)) continue;
    // Writing down what the coachee said is a note, not a product ("I wrote down her plan"); given to the
    // coach ("gaf me een kaartje"), it is not the coach's giving.
    if (tokens[verb.last + 1]?.norm === 'down' || coachObjects.has(tokens[verb.last + 1]?.norm ?? '')) continue;
    // "I gave my own example": an example handed over by hand is told, not delivered.
    const fits = (p: Hit): boolean =>
      !(giving.has(tokens[verb.first]!.norm) && illustrations.has(tokens[p.last]!.norm));
    // "I asked what made the presentation so stressful": making whose subject is "what" causes, makes nothing.
    if (askedWhat(tokens, verb.first)) continue;
    // "maakte de fout om met de agenda te beginnen": a product past an infinitive's opener is not what the verb made.
    const own = (p: Hit): boolean =>
      p.first < verb.first || !tokens.slice(verb.last + 1, p.first).some((t) => purposeOpeners.has(t.norm));
    const product =
      products.find((p) => Math.abs(p.first - verb.first) <= reach && fits(p) && own(p)) ??
      products.find((p) => antecedentOf(tokens, p, verb) && fits(p));
    if (product) found.push(verb, product);
  }
  return found;
}

/**
 * Rule 30 in a delivered product: doing the coachee's search for them (vacancies, schools, links picked
 * out) or doing it in the coach's own time (last night, the weekend) is working hard as well. The words
 * that say so, or nothing.
 */
export function homeworkDone(delivered: readonly Hit[], hits: readonly Hit[]): Hit[] {
  if (delivered.length === 0) return [];
  const searched = hits.filter((hit) => hit.cls === 'search-result' && delivered.some((d) => d.first === hit.first));
  const ownTime = hits.filter((hit) => hit.cls === 'own-time');
  return searched.length > 0 || ownTime.length > 0 ? [delivered[0]!, ...searched, ...ownTime] : [];
}

const objectRelatives = functionWords.objectRelatives;
const coachObjects = functionWords.coachObjectPronouns;
const giving = functionWords.givingVerbs;
const illustrations = functionWords.illustrations;
const purposeOpeners = functionWords.purposeOpeners;
const interrogatives = functionWords.interrogatives;
const coachPronouns = functionWords.coachPronouns;

/** Whether, looking back from a verb, "what" or "wat" comes before the coach ("vroeg wat de presentatie … maakte"). */
function askedWhat(tokens: readonly Token[], at: number): boolean {
  for (let t = at - 1; t >= 0; t--) {
    if (coachPronouns.has(tokens[t]!.norm)) return false;
    if (interrogatives.has(tokens[t]!.norm)) return true;
    if (/[,;:.!?]/u.test(tokens[t]!.after)) return false;
  }
  return false;
}

/**
 * "het plan voorleggen dat ik al voor hem heb opgesteld": the product a relative clause hangs from, however far its
 * verb.
 */
function antecedentOf(tokens: readonly Token[], product: Hit, verb: Hit): boolean {
  if (product.last >= verb.first) return false;
  for (let t = product.last + 1; t <= product.last + 2 && t < verb.first; t++)
    if (objectRelatives.has(tokens[t]!.norm)) return verb.first - t <= reach + 2;
  return false;
}

const sessionNouns = functionWords.coachingSessionNouns;
const talkNouns = functionWords.talkNouns;
const ownSessionDeterminers = functionWords.ownSessionDeterminers;
const sessionPrefixes = [...functionWords.sessionCompoundHeads];
const purposePrepositions = functionWords.benefactivePrepositions;
const thirdPossessives = functionWords.thirdPossessives;
// How far after the product its session may be named: "a plan for our next session", "een opzet voor ons gesprek".
const sessionReach = 4;

/**
 * "a session plan", "een sessieplan", "a plan for our next session", "een opzet voor ons volgende gesprek": a product
 * for the session is the coach's own preparation, nothing ready-made for the coachee (rule 32). Not one for a talk of
 * the coachee's ("a plan for the conversation with her manager", "een gespreksopzet voor haar").
 */
function forTheSession(tokens: readonly Token[], product: Hit): boolean {
  const word = tokens[product.first]!.norm;
  if (sessionNouns.has(tokens[product.first - 1]?.norm ?? '')) return true;
  if (word.length > product.term.length && sessionPrefixes.some((prefix) => word.startsWith(prefix))) return true;
  const after = tokens.slice(product.last + 1, product.last + 1 + sessionReach);
  if (!purposePrepositions.has(after[0]?.norm ?? '')) return false;
  const ours = after.some((token) => ownSessionDeterminers.has(token.norm));
  const session = after.findIndex((token) => sessionNouns.has(token.norm) || (ours && talkNouns.has(token.norm)));
  return session > 0 && !after.slice(1, session).some((token) => thirdPossessives.has(token.norm));
}

const productHeads = [...functionWords.productHeads];
const shortestCompound = Math.min(...productHeads.map((head) => head.length)) + 3;

/** A compound whose head is a work product ("marktbewerkingsplan", "opbouwschema"), which no list can name in full. */
function compoundProducts(tokens: readonly Token[]): Hit[] {
  const found: Hit[] = [];
  tokens.forEach((token, i) => {
    if (token.norm.length < shortestCompound) return;
    const head = productHeads.find((h) => token.norm.length >= h.length + 3 && token.norm.endsWith(h));
    if (head) found.push({ cls: 'product', term: head, first: i, last: i });
  });
  return found;
}
