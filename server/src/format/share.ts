/** A share as people read it: "62%", or "–" when there is nothing to share. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}
