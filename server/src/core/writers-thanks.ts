import { functionWords } from '../lexicons';
import type { Token } from './words';

const thanks = functionWords.writersThanks;
const reporting = functionWords.parentheticalReporting;

/**
 * Whether the sentence opens with the writer's own thanks, outside quotation marks ("Dank je wel voor het
 * open gesprek", "Thanks for Tuesday", "Thank you for …"): in a report, the coach thanking the coachee —
 * neither an imperative nor praise for the coach (rules 6, 26, 34). "Thank her for …" is an imperative.
 */
export function opensWithWritersThanks(tokens: readonly Token[], quoted: ReadonlySet<number>): boolean {
  const first = tokens[0]?.norm ?? '';
  if (quoted.has(0) || !thanks.has(first) || reportedAfter(tokens)) return false;
  return first !== 'thank' || tokens[1]?.norm === 'you';
}

/**
 * "Thanks for a really useful session, he wrote afterwards", "Dank voor het fijne gesprek, appte ze": a short
 * reporting clause after the last comma makes the thanks someone's reported words, not the writer's (rule 27).
 */
function reportedAfter(tokens: readonly Token[]): boolean {
  let comma = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (tokens[i]!.after.includes(',')) comma = i;
  if (comma < 0 || tokens.length - comma - 1 > 5) return false;
  return tokens.slice(comma + 1).some((token) => reporting.has(token.norm));
}

const wishes = functionWords.writersWishes;

/**
 * Whether the sentence opens with the writer's own courtesy wish, outside quotation marks ("Hope you have a lovely
 * holiday", "Enjoy your break", "Fijne vakantie alvast"): the coach wishing the coachee well, no praise for the coach
 * (rules 6, 34).
 */
export function opensWithWritersWish(tokens: readonly Token[], quoted: ReadonlySet<number>): boolean {
  if (tokens.length === 0 || quoted.has(0)) return false;
  const first = tokens[0]!.norm;
  return wishes.has(first) || (tokens.length > 1 && wishes.has(`${first} ${tokens[1]!.norm}`));
}
