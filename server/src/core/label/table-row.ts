import type { Hit } from '../matcher';
import type { Token } from '../words';
import { functionWords } from '../../lexicons';

// A Markdown table row is labelled like an action line that names who acts (rules 25, 37): a cell that
// is only a person ("Coach", "Me", "Betrokkene", a name) says whose row it is.

const coachCells = functionWords.coachCells;
const sharedCells = functionWords.sharedCells;

export interface RowActor {
  /** Whose row it is; null when no cell names anyone, 'shared' for both or "samen". */
  actor: 'coach' | 'coachee' | 'shared' | null;
  /** The cells that named them, as written. */
  cells: string[];
}

/** Who acts in a table row, by its cells that are only a person; undefined when the text is not a table row. */
export function tableRowActor(
  text: string,
  focusHits: readonly Hit[],
  tokens: readonly Token[],
  names: ReadonlySet<string>,
): RowActor | undefined {
  if (!text.includes(' | ')) return undefined;
  let at = 0;
  const found = new Set<'coach' | 'coachee' | 'shared'>();
  const cells: string[] = [];
  for (const cell of text.split(' | ')) {
    const first = tokens.findIndex((token) => token.at >= at);
    at += cell.length + 3;
    const norm = cell
      .trim()
      .toLowerCase()
      .replace(/[.:;,!]+$/u, '');
    if (norm === '') continue;
    const person = coachCells.has(norm)
      ? 'coach'
      : sharedCells.has(norm)
        ? 'shared'
        : names.has(norm) || isOnlyPerson(norm, first, focusHits)
          ? 'coachee'
          : null;
    if (person === null) continue;
    found.add(person);
    cells.push(cell.trim());
  }
  return { actor: found.size === 0 ? null : found.size === 1 ? [...found][0]! : 'shared', cells };
}

/** A cell whose words are all one coachee or third-party term ("betrokkene", "her manager"). */
function isOnlyPerson(norm: string, first: number, focusHits: readonly Hit[]): boolean {
  if (first < 0) return false;
  const words = norm.split(/\s+/u).length;
  return focusHits.some(
    (hit) =>
      hit.first === first && hit.last - hit.first + 1 === words && (hit.cls === 'coachee' || hit.cls === 'third'),
  );
}
