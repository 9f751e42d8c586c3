import type { Hit } from '../matcher';
import type { Language } from '../types';
import { functionWordsIn } from '../../lexicons';
import type { Parsed } from './parsed';

// How near a word of meeting must stand to a count to be what it counts.
const reach = 5;

/**
 * The sentence's valence hits but a count of recurrences beside a word of meeting ("We spraken elkaar voor de derde
 * keer", "This was the fourth time we met"): it counts the sessions, which is no pattern of the coachee's (rule 6).
 */
export function withoutMeetingCounts(parsed: Parsed, language: Language): Parsed['valence'] {
  const meetings = functionWordsIn[language].meetingsCounted;
  const countsMeetings = (hit: Hit): boolean =>
    hit.cls === 'recurrence' &&
    parsed.tokens.some(
      (token, i) =>
        (i < hit.first ? i >= hit.first - reach : i > hit.last && i <= hit.last + reach) && meetings.has(token.norm),
    );
  return parsed.valence.some(countsMeetings) ? parsed.valence.filter((hit) => !countsMeetings(hit)) : parsed.valence;
}
