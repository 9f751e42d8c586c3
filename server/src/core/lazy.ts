/**
 * A value built the first time it is asked for and the same ever after: how core/ keeps a table that
 * is costly to build (a lexicon's matchers, a polarity list) without module state that changes.
 */
export function lazy<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}
