import type { Focus } from '../types';
import type { ValenceItem } from './negation-scope';
import type { Parsed } from './parsed';

/**
 * "I felt the urge to fix it for her and held back": words the coach refrains with are the coach's own side (rules 8,
 * 29), not the coachee holding back. The indices of the valence items a refrain cue of the coach's covers, in a
 * sentence about the coach; otherwise none.
 */
export function coachRefrains(parsed: Parsed, focus: Focus, items: readonly ValenceItem[]): Set<number> {
  const refrained = new Set<number>();
  if (focus !== 'coach') return refrained;
  // A cue with a gap covers words it skips ("Laat je boosheid … thuis" is a tip about her anger): only its own words.
  const refrains = parsed.signals.filter(
    (hit) => hit.cls === 'refrain' && !parsed.quoted.has(hit.first) && !/\.\.\.|…/u.test(hit.term),
  );
  items.forEach((item, i) => {
    if (refrains.some((hit) => hit.first <= item.first && hit.last >= item.last)) refrained.add(i);
  });
  return refrained;
}
