/**
 * FNV-1a (32 bits) over a string's UTF-16 code units up to `end`, from `seed` (the offset basis unless
 * given): cheap and stable, for keys that need no cryptography. The CLI's launcher keeps a copy of its own:
 * it runs before the analysis is loaded.
 */
export function fnv1a(text: string, end = text.length, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
