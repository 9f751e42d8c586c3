// Include and exclude patterns come from settings and `.kracht.json`, so they are matched in
// O(pattern × path) time by dynamic programming: no pattern ever becomes a backtracking regular expression.

/** True when a `/`-separated path matches a glob with `**`, `*`, `?` and `{a,b}` alternatives. */
export function globMatch(pattern: string, path: string): boolean {
  return expandBraces(pattern).some((alternative) => matchOne(alternative, path));
}

/** True when the path matches any of the globs. */
export function anyGlob(patterns: readonly string[], path: string): boolean {
  return patterns.some((pattern) => globMatch(pattern, path));
}

function expandBraces(pattern: string, budget = 64): string[] {
  const open = pattern.indexOf('{');
  const close = open >= 0 ? pattern.indexOf('}', open) : -1;
  if (open < 0 || close < 0 || budget <= 1) return [pattern];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern
    .slice(open + 1, close)
    .split(',')
    .flatMap((choice) => expandBraces(head + choice + tail, Math.floor(budget / 2)));
}

type Token = { kind: 'globstar' } | { kind: 'star' } | { kind: 'any' } | { kind: 'char'; char: string };

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*' && pattern[i + 1] === '*') {
      // "**/" also matches no folder at all.
      out.push({ kind: 'globstar' });
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (char === '*') out.push({ kind: 'star' });
    else if (char === '?') out.push({ kind: 'any' });
    else out.push({ kind: 'char', char });
  }
  return out;
}

function matchOne(pattern: string, path: string): boolean {
  const parts = tokens(pattern);
  // reachable[j]: the pattern prefix matched so far can end before path[j].
  let reachable = new Array<boolean>(path.length + 1).fill(false);
  reachable[0] = true;
  for (const part of parts) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    for (let j = 0; j <= path.length; j++) {
      if (!reachable[j]) continue;
      if (part.kind === 'globstar') {
        for (let k = j; k <= path.length; k++) next[k] = true;
        break;
      }
      if (part.kind === 'star') {
        for (let k = j; k <= path.length; k++) {
          next[k] = true;
          if (path[k] === '/') break;
        }
      } else if (j < path.length && path[j] !== '/' && (part.kind === 'any' || path[j] === part.char)) {
        next[j + 1] = true;
      } else if (part.kind === 'char' && part.char === '/' && path[j] === '/') {
        next[j + 1] = true;
      }
    }
    reachable = next;
  }
  return reachable[path.length]!;
}
