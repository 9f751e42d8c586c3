import { functionWords } from '../lexicons';
import type { Token } from './words';

const thanks = functionWords.writersThanks;

/**
 * Whether the sentence opens with the writer's own thanks, outside quotation marks ("Dank je wel voor het
 * open gesprek", "Thanks for Tuesday", "Thank you for …"): in a report, the coach thanking the coachee —
 * neither an imperative nor praise for the coach (rules 6, 26, 34). "Thank her for …" is an imperative.
 */
export function opensWithWritersThanks(tokens: readonly Token[], quoted: ReadonlySet<number>): boolean {
  const first = tokens[0]?.norm ?? '';
  if (quoted.has(0) || !thanks.has(first)) return false;
  return first !== 'thank' || tokens[1]?.norm === 'you';
}
