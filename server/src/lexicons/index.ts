import type { Language } from '../core/types';
import nlValence from './nl/valence.json';
import nlFocus from './nl/focus.json';
import nlSignals from './nl/signals.json';
import enValence from './en/valence.json';
import enFocus from './en/focus.json';
import enSignals from './en/signals.json';
import nlFeelings from './nl/valence-fields/feelings-and-states.json';
import nlCapacities from './nl/valence-fields/capacities-and-qualities.json';
import nlBehaviour from './nl/valence-fields/behaviour-and-action.json';
import nlObstacles from './nl/valence-fields/obstacles-and-setbacks.json';
import nlProgress from './nl/valence-fields/progress-and-achievement.json';
import nlLearning from './nl/valence-fields/learning-points-and-goals.json';
import nlSteps from './nl/valence-fields/agreed-steps.json';
import nlAttendance from './nl/valence-fields/attendance-and-results.json';
import nlModels from './nl/valence-fields/models-and-exercises.json';
import nlDiscourse from './nl/valence-fields/discourse-markers.json';
import nlCare from './nl/valence-fields/care-and-procedures.json';
import nlWhatWorks from './nl/valence-fields/what-works-and-whose.json';
import nlRecognition from './nl/valence-fields/recognition-by-others.json';
import nlRecurrence from './nl/valence-fields/recurrence.json';
import nlLifeEvents from './nl/valence-fields/life-events-and-health.json';
import nlFamily from './nl/valence-fields/family-and-relationships.json';
import nlBusiness from './nl/valence-fields/business-and-self-employment.json';
import nlDigital from './nl/valence-fields/digital-work-and-availability.json';
import nlMeaning from './nl/valence-fields/meaning-and-values.json';
import nlLifestyle from './nl/valence-fields/lifestyle-and-self-care.json';
import enFeelings from './en/valence-fields/feelings-and-states.json';
import enCapacities from './en/valence-fields/capacities-and-qualities.json';
import enBehaviour from './en/valence-fields/behaviour-and-action.json';
import enObstacles from './en/valence-fields/obstacles-and-setbacks.json';
import enProgress from './en/valence-fields/progress-and-achievement.json';
import enLearning from './en/valence-fields/learning-points-and-goals.json';
import enSteps from './en/valence-fields/agreed-steps.json';
import enAttendance from './en/valence-fields/attendance-and-results.json';
import enModels from './en/valence-fields/models-and-exercises.json';
import nlFunctionWords from './nl/function-words.json';
import enFunctionWords from './en/function-words.json';
import enDiscourse from './en/valence-fields/discourse-markers.json';
import enCare from './en/valence-fields/care-and-procedures.json';
import enWhatWorks from './en/valence-fields/what-works-and-whose.json';
import enRecognition from './en/valence-fields/recognition-by-others.json';
import enRecurrence from './en/valence-fields/recurrence.json';
import enLifeEvents from './en/valence-fields/life-events-and-health.json';
import enFamily from './en/valence-fields/family-and-relationships.json';
import enBusiness from './en/valence-fields/business-and-self-employment.json';
import enDigital from './en/valence-fields/digital-work-and-availability.json';
import enMeaning from './en/valence-fields/meaning-and-values.json';
import enLifestyle from './en/valence-fields/lifestyle-and-self-care.json';

/** One language's lexicons: class name → terms, in three groups. */
export interface Lexicon {
  valence: Record<string, readonly string[]>;
  focus: Record<string, readonly string[]>;
  signals: Record<string, readonly string[]>;
}

/** A semantic field of the valence vocabulary: what it covers, and its terms per class (strength, weakness, goal). */
type Field = { about: string } & Record<string, string | readonly string[]>;

/** The valence lexicon with every field's terms added to their classes, each term once. */
function withFields(
  valence: Record<string, readonly string[]>,
  fields: readonly Field[],
): Record<string, readonly string[]> {
  const merged: Record<string, string[]> = Object.fromEntries(
    Object.entries(valence).map(([cls, terms]) => [cls, [...terms]]),
  );
  for (const field of fields) {
    for (const [cls, terms] of Object.entries(field)) {
      if (cls === 'about' || typeof terms === 'string') continue;
      const list = (merged[cls] ??= []);
      const known = new Set(list);
      for (const term of terms) if (!known.has(term)) list.push(term);
    }
  }
  return merged;
}

/** Every semantic field of a language's valence vocabulary (lexicons/<lang>/valence-fields/), for review and tests. */
export const valenceFields: Record<Language, Readonly<Record<string, Field>>> = {
  nl: {
    'feelings-and-states': nlFeelings,
    'capacities-and-qualities': nlCapacities,
    'behaviour-and-action': nlBehaviour,
    'obstacles-and-setbacks': nlObstacles,
    'progress-and-achievement': nlProgress,
    'learning-points-and-goals': nlLearning,
    'agreed-steps': nlSteps,
    'attendance-and-results': nlAttendance,
    'models-and-exercises': nlModels,
    'discourse-markers': nlDiscourse,
    'care-and-procedures': nlCare,
    'what-works-and-whose': nlWhatWorks,
    'recognition-by-others': nlRecognition,
    recurrence: nlRecurrence,
    'life-events-and-health': nlLifeEvents,
    'family-and-relationships': nlFamily,
    'business-and-self-employment': nlBusiness,
    'digital-work-and-availability': nlDigital,
    'meaning-and-values': nlMeaning,
    'lifestyle-and-self-care': nlLifestyle,
  },
  en: {
    'feelings-and-states': enFeelings,
    'capacities-and-qualities': enCapacities,
    'behaviour-and-action': enBehaviour,
    'obstacles-and-setbacks': enObstacles,
    'progress-and-achievement': enProgress,
    'learning-points-and-goals': enLearning,
    'agreed-steps': enSteps,
    'attendance-and-results': enAttendance,
    'models-and-exercises': enModels,
    'discourse-markers': enDiscourse,
    'care-and-procedures': enCare,
    'what-works-and-whose': enWhatWorks,
    'recognition-by-others': enRecognition,
    recurrence: enRecurrence,
    'life-events-and-health': enLifeEvents,
    'family-and-relationships': enFamily,
    'business-and-self-employment': enBusiness,
    'digital-work-and-availability': enDigital,
    'meaning-and-values': enMeaning,
    'lifestyle-and-self-care': enLifestyle,
  },
};

const lexicons: Record<Language, Lexicon> = {
  nl: { valence: withFields(nlValence, Object.values(valenceFields.nl)), focus: nlFocus, signals: nlSignals },
  en: { valence: withFields(enValence, Object.values(valenceFields.en)), focus: enFocus, signals: enSignals },
};

// The terms of the feelings-and-states fields, Dutch and English together as the function words are.
const feelingStates: ReadonlySet<string> = new Set(
  (['nl', 'en'] as const).flatMap((language) =>
    ['strength', 'weakness'].flatMap(
      (cls) => (valenceFields[language]['feelings-and-states']![cls] as readonly string[] | undefined) ?? [],
    ),
  ),
);

/** Whether a valence term names a feeling or state (the feelings-and-states field): a term set, not a second hit. */
export function isFeelingState(term: string): boolean {
  return feelingStates.has(term);
}

/** The built-in lexicon of a language, bundled (never read from disk at run time). */
export function lexicon(language: Language): Lexicon {
  return lexicons[language];
}

/** A purpose of the words the mechanisms read by their grammar (lexicons/<lang>/function-words.json). */
export type FunctionWordList = keyof typeof enFunctionWords.lists;

/**
 * The function words of each purpose, Dutch and English together: the mechanisms read a sentence's words
 * by what they do ("omdat" and "because" both open a reason), and a report mixes its languages.
 */
export const functionWords: Readonly<Record<FunctionWordList, ReadonlySet<string>>> = Object.fromEntries(
  (Object.keys(enFunctionWords.lists) as FunctionWordList[]).map((list) => [
    list,
    new Set([...nlFunctionWords.lists[list].words, ...enFunctionWords.lists[list].words]),
  ]),
) as unknown as Record<FunctionWordList, ReadonlySet<string>>;

/** One language's words of a purpose, where the two languages must stay apart (telling them apart). */
export const functionWordsIn: Readonly<Record<Language, Readonly<Record<FunctionWordList, ReadonlySet<string>>>>> = {
  nl: Object.fromEntries(
    Object.entries(nlFunctionWords.lists).map(([list, { words }]) => [list, new Set(words)]),
  ) as unknown as Record<FunctionWordList, ReadonlySet<string>>,
  en: Object.fromEntries(
    Object.entries(enFunctionWords.lists).map(([list, { words }]) => [list, new Set(words)]),
  ) as unknown as Record<FunctionWordList, ReadonlySet<string>>,
};
