import { functionWords } from '../../lexicons';
import type { Parsed, ValenceHit } from './parsed';

const homographs = functionWords.participleHomographs;
const hebben = functionWords.perfectAuxiliaries;

/**
 * "Dat heb ik gelaten", "Ik heb hem in mijn tas gelaten": a state word that is also a participle is the
 * verb where a form of "hebben" goes with it — no one is resigned there. The valence hits without such verbs.
 */
export function withoutParticiples(parsed: Pick<Parsed, 'tokens' | 'clauses'>, hits: ValenceHit[]): ValenceHit[] {
  if (!hits.some((hit) => hit.first === hit.last && homographs.has(hit.term))) return hits;
  return hits.filter((hit) => {
    if (hit.first !== hit.last || !homographs.has(hit.term)) return true;
    // "hebben" before it in the sentence ("Had het model bij me, in tas gelaten"), or after it in its clause ("…
    // gelaten heeft").
    const clause = parsed.clauses.find((c) => hit.first >= c.first && hit.first <= c.last);
    const end = clause ? clause.last : hit.first;
    return !parsed.tokens.slice(0, end + 1).some((token) => hebben.has(token.norm));
  });
}
