// Where the rules' label stands against the model's: chosen on held-out voices, where the model's overrides of
// a kind were wrong more often than right.
import { trusted } from '../../server/src/core/learned/apply';
import type { HeldOut } from './train';

/** Overrides of a kind seen fewer times than this on held-out voices say too little to judge it. */
const minimumOverrides = 5;

/**
 * Counts the model's overrides of the rules by a key, and keeps the keys where they were wrong more often than
 * right with some confidence: the upper end of the right share's interval (Wilson, one standard error) below
 * one half. A share just below a half in one fold and above it in the next no longer decides.
 */
function mostlyWrong(overrides: readonly { key: string; right: boolean }[]): string[] {
  const seen = new Map<string, { all: number; right: number }>();
  for (const { key, right } of overrides) {
    const count = seen.get(key) ?? { all: 0, right: 0 };
    seen.set(key, { all: count.all + 1, right: count.right + (right ? 1 : 0) });
  }
  return [...seen]
    .filter(([, o]) => o.all >= minimumOverrides && wilsonUpper(o.right, o.all) < 0.5)
    .map(([key]) => key)
    .sort();
}

/** The upper end of a share's Wilson interval at one standard error. */
export function wilsonUpper(successes: number, trials: number): number {
  const share = successes / trials;
  const spread = Math.sqrt((share * (1 - share)) / trials + 1 / (4 * trials * trials));
  return (share + 1 / (2 * trials) + spread) / (1 + 1 / trials);
}

/** The rules' focus reasons where the model's held-out overrides were wrong more often than right. */
export function focusRulesStand(held: readonly HeldOut[], trustLevel: number): string[] {
  return mostlyWrong(
    held.flatMap((h) => {
      const given = trusted(h.rules.focus, h.focus, trustLevel);
      return given === h.rules.focus ? [] : [{ key: h.rules.focusRule, right: given === h.gold.focus }];
    }),
  );
}

/**
 * The changes of valence ("weakness→neutral": the rules' label, then the model's) whose held-out overrides
 * were wrong more often than right: the rules' words for a problem outweigh a model that reads the sentence
 * as the coach's side.
 */
export function valenceRulesStand(held: readonly HeldOut[], trustLevel: number): string[] {
  return mostlyWrong(
    held.flatMap((h) => {
      const given = trusted(h.rules.valence, h.valence, trustLevel);
      return given === h.rules.valence ? [] : [{ key: `${h.rules.valence}→${given}`, right: given === h.gold.valence }];
    }),
  );
}
