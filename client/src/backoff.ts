/** How often the server may stop within the window before Kracht gives up restarting it. */
export const maxRestarts = 5;
const windowMs = 5 * 60_000;
const firstDelayMs = 500;

/**
 * The restart policy after the server stopped at `now`, given the earlier restarts: wait longer each
 * time (0.5 s, 1 s, 2 s, …), and stop after five restarts within five minutes.
 */
export function nextRestart(earlier: readonly number[], now: number): { delayMs: number; history: number[] } | null {
  const recent = earlier.filter((at) => now - at < windowMs);
  if (recent.length >= maxRestarts) return null;
  return { delayMs: firstDelayMs * 2 ** recent.length, history: [...recent, now] };
}
