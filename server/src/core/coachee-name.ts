import { functionWords } from '../lexicons';

const particles = functionWords.nameParticles;
const titles = functionWords.personalTitles;
const fields = functionWords.coacheeFields;

// "Coachee: Bas", "- **Client:** Graham Whitfield (CFO)": a field label, a colon, its value.
const headerField = /^\s*(?:[-*+]\s+)?([\p{L} ]{3,20}?)\s*:\s*(.+?)\s*$/u;
// Where a header's name ends: a role or firm in brackets, after a comma or a dash.
const afterName = /\s*[(,–—]|\s-\s/u;
// A report's header: its first lines (front matter's are skipped over, being fields themselves).
const headerReach = 2000;
const headerLines = 12;
const nameWord = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/**
 * The lower-case parts of a person's name that name them: a surname's particles ("de", "van"), titles
 * ("mevrouw", "Mr.") and initials stand in every other sentence too ("Marjolein de Vries" made "De
 * manager belde" the coachee's).
 */
export function nameParts(name: string): string[] {
  const parts: string[] = [];
  for (const raw of name.toLowerCase().split(/\s+/u)) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (particles.has(word) || titles.has(word)) continue;
    for (const piece of word.match(/\p{L}+/gu) ?? []) if (piece.length > 1) parts.push(piece);
  }
  return parts;
}

/**
 * The coachee's name from a header line at the top of a report ("Coachee: Bas", "**Cliënt:** mevrouw S.
 * Yilmaz", "Client: Graham Whitfield (CFO)"), when the value reads as a name: a speaker-labelled line of
 * dialogue ("Client: I don't know.") does not. Read from the text, since the parse leaves such lines out.
 */
export function headerCoachee(text: string): string | undefined {
  let lines = 0;
  for (const raw of text.slice(0, headerReach).split('\n')) {
    const line = raw.replace(/[*_]/gu, '');
    if (line.trim() === '' || line.startsWith('---')) continue;
    if (++lines > headerLines) break;
    const field = headerField.exec(line);
    if (!field || !fields.has(field[1]!.trim().toLowerCase())) continue;
    const value = field[2]!.split(afterName)[0]!;
    if (readsAsName(value)) return value;
  }
  return undefined;
}

/** One to five words, each a capitalised name, an initial, a title or a particle, and at least one a name. */
function readsAsName(value: string): boolean {
  const words = value.split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > 5) return false;
  let named = false;
  for (const word of words) {
    const bare = word.replace(/\.$/u, '');
    const lower = bare.toLowerCase();
    if (titles.has(lower) || particles.has(lower) || /^\p{Lu}$/u.test(bare)) continue;
    if (!nameWord.test(bare)) return false;
    named = true;
  }
  return named;
}
