import { functionWords } from '../../lexicons';
import type { Scored } from './past-background';
import type { Parsed } from './parsed';

const media = functionWords.mediaOfTopics;
const topicPrepositions = functionWords.topicPrepositions;
// How far after its preposition a topic may stand: "a book about her own fear of failure".
const topicReach = 4;

/**
 * "She read an article about resilience", "Hij volgde een training over faalangst": a quality or problem that is the
 * subject of something read, watched or attended is a topic, no one's strength or problem (rule 8). The indices of
 * such words, left uncounted.
 */
export function mediaTopics(parsed: Parsed, scored: readonly Scored[]): Set<number> {
  const topics = new Set<number>();
  const { tokens } = parsed;
  for (let t = 1; t < tokens.length; t++) {
    if (!topicPrepositions.has(tokens[t]!.norm) || !media.has(tokens[t - 1]!.norm)) continue;
    scored.forEach((word, index) => {
      if (word.first > t && word.first - t <= topicReach) topics.add(index);
    });
  }
  return topics;
}
