import { functionWords } from '../../lexicons';
import type { Scored } from './past-background';
import type { Parsed } from './parsed';

const agreement = functionWords.agreementWords;
const ownChoice = functionWords.ownChoiceMarkers;
const splitAgreement = functionWords.agreementSplitVerbs;
const agreementParticles = functionWords.agreementParticles;

/**
 * "We spraken af dat ze bijhoudt wanneer ze zich levendig voelt", "We agreed not to look for a solution straight
 * away": what coach and coachee agree together is a step or session procedure, neutral (rules 13, 14), unless the
 * sentence marks it as her own choice ("zelf", "in her own words"). The indices of the scored words after the
 * agreement; otherwise none.
 */
export function agreedTogether(parsed: Parsed, scored: readonly Scored[]): Set<number> {
  const { tokens } = parsed;
  const agreed = tokens.findIndex(
    (token, i) =>
      !parsed.quoted.has(i) &&
      (agreement.has(token.norm) ||
        (splitAgreement.has(token.norm) &&
          tokens.slice(i + 1, i + 9).some((next) => agreementParticles.has(next.norm)))),
  );
  const settled = new Set<number>();
  if (agreed < 0 || tokens.some((token) => ownChoice.has(token.norm))) return settled;
  // Coach and coachee as its subject, before the agreement or, inverted, right after it ("spraken we af").
  const shared = parsed.focus.some(
    (hit) => hit.cls === 'shared' && (hit.last < agreed || hit.first === agreed + 1) && !parsed.quoted.has(hit.first),
  );
  if (!shared) return settled;
  scored.forEach((word, i) => {
    if (word.sign !== 0 && word.first > agreed) settled.add(i);
  });
  return settled;
}
