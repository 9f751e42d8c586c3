import { functionWords } from '../lexicons';

/** Who the short speaker labels of a transcript stand for, worked out from the whole document. */
export interface DialogueLetters {
  coach: ReadonlySet<string>;
  coachee: ReadonlySet<string>;
}

/** No letter stands for anyone: a document without a transcript's labels. */
export function noLetters(): DialogueLetters {
  return { coach: new Set(), coachee: new Set() };
}

// A label opening a line: a word of up to twelve letters and a colon ("C:", "J:", "Cliënt:", "- **Co:**"); sticky, so
// made per document, its position its own.
const lineLabelSource = /[ \t>*_-]*(\p{L}{1,12})[*_]*:/u.source;
// How far into a line its label may end: markers, emphasis and twelve letters.
const labelReach = 24;
const coacheeLabels = functionWords.coacheeSpeakerLabels;
const coachLabels = functionWords.coachSpeakerLabels;

/**
 * "C: Wat heb je anders gedaan? / J: Ik heb nee gezegd": in a transcript whose other speaker is the coachee by her
 * initial or her role, "C" is the coach; the coachee's initial labels her lines (rule 27). Without such a second
 * label "C" stays the client's, as the lexicon reads it. Beside the coach's own label ("Me:", "Ik:") any other single
 * letter is the coachee's.
 */
export function dialogueLetters(text: string, names: ReadonlySet<string>): DialogueLetters {
  if (!text.includes(':')) return noLetters();
  const labels = new Set<string>();
  const lineLabel = new RegExp(lineLabelSource, 'uy');
  // Line by line, only a line's opening looked at: a multiline pattern over the whole text cost a keystroke in a
  // long report an eighth of its time.
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const reach = Math.min(end < 0 ? text.length : end, start + labelReach);
    let colon = start;
    while (colon < reach && text.charCodeAt(colon) !== 58 /* : */) colon++;
    if (colon < reach) {
      lineLabel.lastIndex = start;
      const match = lineLabel.exec(text);
      if (match) labels.add(match[1]!.toLowerCase());
    }
    if (end < 0) break;
    start = end + 1;
  }
  if (labels.size < 2) return noLetters();
  const initials = new Set([...names].filter((name) => name.length > 1).map((name) => name[0]!));
  // "Me: … / K: …": beside the coach's own label, another speaker's single letter is the coachee's.
  const besideCoach = [...labels].some((label) => coachLabels.has(label));
  const coachee = new Set(
    [...labels].filter(
      (label) => label.length === 1 && (initials.has(label) || (besideCoach && !coachLabels.has(label))),
    ),
  );
  const otherIsCoachee = [...labels].some((label) => label !== 'c' && (coachee.has(label) || coacheeLabels.has(label)));
  const coach = labels.has('c') && !coachee.has('c') && otherIsCoachee ? new Set(['c']) : new Set<string>();
  return { coach, coachee };
}

/** The letters as a key of the label cache: who "C" and the initials are changes every dialogue line's labels. */
export function lettersKey(letters: DialogueLetters): string {
  return `${[...letters.coach].join('')}/${[...letters.coachee].join('')}`;
}
