import { functionWordsIn } from '../lexicons';

const particles = functionWordsIn.nl.splitVerbParticles;
const thirdPersonSubjects = functionWordsIn.nl.thirdPersonSubjects;

/**
 * The other forms a Dutch separable verb written in a term takes in a sentence: "loopt … vast" joined, as in a
 * subordinate clause ("omdat hij vastloopt"); an infinitive "uitstellen" split by "te" ("om het niet uit te stellen").
 * A reflexive verb also takes its inverted subject ("verzet zich" → "verzet hij zich").
 * Forms that are no verb ("uitzonderingen", "opgeschreven") yield none, or a form no sentence holds.
 */
export function dutchVerbForms(term: string, infinitives: boolean): string[] {
  // A reflexive verb with its subject inverted after an opening phrase (V2): "Sindsdien verzet hij zich".
  const reflexive = /^(\S+) (zich|zichzelf)(?= |$)(.*)$/u.exec(term.trim());
  if (reflexive && reflexive[1] !== '...' && reflexive[1] !== '…')
    return [...thirdPersonSubjects].map((subject) => `${reflexive[1]!} ${subject} ${reflexive[2]!}${reflexive[3]!}`);
  const split = /^(\S+) (?:\.\.\.|…) (\S+)$/u.exec(term.trim());
  if (split) return particles.has(split[2]!.toLowerCase()) ? [`${split[2]!}${split[1]!}`] : [];
  if (!infinitives || !/^[\p{L}]+en$/u.test(term) || term.endsWith('ingen')) return [];
  for (const particle of particles) {
    const rest = term.slice(particle.length);
    if (term.startsWith(particle) && rest.length >= 4 && !rest.startsWith('ge')) return [`${particle} te ${rest}`];
  }
  return [];
}
