// Hand-written, not picomatch: include and exclude come from settings and `.kracht.json`, also of a workspace
// not yet trusted, and picomatch compiles them to backtracking regular expressions (`**/` + `a*` × 12 + `b`
// took it 109 s on a 42-character path); this one runs in O(pattern × path), held to picomatch by a property test.
import { expandBraces, maxAlternatives } from './glob-braces';

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negated: boolean; test: (char: string) => boolean }
  /** `**` as a whole segment: `slash` when it took the `/` after it (zero or more whole folders). */
  | { kind: 'globstar'; slash: boolean }
  /** `/**` at the end: nothing, or `/` and anything after it ("a/**" matches "a" too, as in picomatch). */
  | { kind: 'tail' }
  /** An extglob: `@(a|b)` once, `?(a|b)` at most once, `+(a|b)` once or more, `*(a|b)` any number of times. */
  | { kind: 'group'; alternatives: Token[][]; optional: boolean; repeat: boolean };

/**
 * True when a `/`-separated path matches a glob: `**`, `*`, `?`, `[…]`, `{a,b}`, `{1..3}`, `\` escapes and `@ ? +
 * *(a|b)`.
 */
export function globMatch(pattern: string, path: string): boolean {
  // "./drafts/**" means "drafts/**", as in picomatch.
  while (pattern.startsWith('./')) pattern = pattern.slice(2);
  return expandBraces(pattern).alternatives.some((alternative) => matches(tokenize(alternative), path));
}

/** True when the path matches any of the globs. */
export function anyGlob(patterns: readonly string[], path: string): boolean {
  return patterns.some((pattern) => globMatch(pattern, path));
}

/** What in a glob this matcher does not do as other tools would, said in words; null when nothing. */
export function globProblem(pattern: string): string | null {
  if (pattern.startsWith('!'))
    return 'a leading "!" (negation) is not supported: list the files in kracht.exclude instead';
  if (/(^|[^\\])!\(/u.test(pattern)) return '"!(…)" is not supported: list the files in kracht.exclude instead';
  if (expandBraces(pattern).truncated)
    return `its braces expand to more than ${maxAlternatives} patterns: only the first ${maxAlternatives} are used`;
  return null;
}

function tokenize(pattern: string): Token[] {
  // "a/**/**" is "a/**".
  const segments = pattern.split('/');
  const [tokens] = sequence(
    segments.filter((segment, i) => !(segment === '**' && segments[i - 1] === '**')).join('/'),
    0,
    false,
  );
  return tokens;
}

/** Tokens from `start` up to the end, or inside a group up to its `|` or `)`; returns where it stopped. */
function sequence(pattern: string, start: number, inGroup: boolean): [Token[], number] {
  const out: Token[] = [];
  let i = start;
  while (i < pattern.length) {
    const char = pattern[i]!;
    if (inGroup && (char === '|' || char === ')')) break;
    if (char === '\\' && i + 1 < pattern.length) {
      out.push({ kind: 'char', char: pattern[i + 1]! });
      i += 2;
      continue;
    }
    if ('@?+*'.includes(char) && pattern[i + 1] === '(') {
      const group = parseGroup(pattern, i + 2, char);
      if (group) {
        out.push(group.token);
        i = group.end;
        continue;
      }
    }
    if (
      char === '*' &&
      pattern[i + 1] === '*' &&
      !inGroup &&
      (i === 0 || pattern[i - 1] === '/') &&
      (i + 2 === pattern.length || pattern[i + 2] === '/')
    ) {
      const slash = pattern[i + 2] === '/';
      const previous = out[out.length - 1];
      // After "x*/" picomatch wants the "/" (a folder), after "x/" it does not: followed, so both agree.
      if (!slash && previous?.kind === 'char' && previous.char === '/' && out[out.length - 2]?.kind !== 'star')
        out[out.length - 1] = { kind: 'tail' };
      else out.push({ kind: 'globstar', slash });
      i += slash ? 3 : 2;
      continue;
    }
    if (char === '*') {
      // "a**b": two stars inside a segment are one.
      while (pattern[i + 1] === '*') i++;
      out.push({ kind: 'star' });
    } else if (char === '?') out.push({ kind: 'any' });
    else if (char === '[') {
      const parsed = parseClass(pattern, i);
      if (parsed) {
        out.push(parsed.token);
        i = parsed.end;
        continue;
      }
      out.push({ kind: 'char', char });
    } else out.push({ kind: 'char', char });
    i++;
  }
  return [out, i];
}

function parseGroup(pattern: string, start: number, opener: string): { token: Token; end: number } | null {
  const alternatives: Token[][] = [];
  let i = start;
  for (;;) {
    const [tokens, stop] = sequence(pattern, i, true);
    alternatives.push(tokens);
    if (stop >= pattern.length) return null;
    i = stop + 1;
    if (pattern[stop] === ')') break;
  }
  return {
    token: {
      kind: 'group',
      alternatives,
      optional: opener === '?' || opener === '*',
      repeat: opener === '+' || opener === '*',
    },
    end: i,
  };
}

const posixClasses: Record<string, (char: string) => boolean> = {
  alpha: (c) => /^\p{L}$/u.test(c),
  digit: (c) => c >= '0' && c <= '9',
  alnum: (c) => /^[\p{L}\p{N}]$/u.test(c),
  lower: (c) => /^\p{Ll}$/u.test(c),
  upper: (c) => /^\p{Lu}$/u.test(c),
  space: (c) => /^\s$/u.test(c),
  word: (c) => /^[\p{L}\p{N}_]$/u.test(c),
};

/** `[abc]`, `[a-z]`, `[!a]` or `[^a]`, `[[:digit:]]`; null when the bracket never closes (then it is a character). */
function parseClass(pattern: string, open: number): { token: Token; end: number } | null {
  let i = open + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i++;
  const tests: ((char: string) => boolean)[] = [];
  let first = true;
  while (i < pattern.length && (pattern[i] !== ']' || first)) {
    first = false;
    const posix = /^\[:([a-z]+):\]/u.exec(pattern.slice(i));
    if (posix && posixClasses[posix[1]!]) {
      tests.push(posixClasses[posix[1]!]!);
      i += posix[0].length;
      continue;
    }
    let low = pattern[i]!;
    if (low === '\\' && i + 1 < pattern.length) low = pattern[++i]!;
    i++;
    if (pattern[i] === '-' && i + 1 < pattern.length && pattern[i + 1] !== ']') {
      let high = pattern[i + 1]!;
      i += 2;
      if (high === '\\' && i < pattern.length) high = pattern[i++]!;
      tests.push((c) => c >= low && c <= high);
    } else tests.push((c) => c === low);
  }
  if (i >= pattern.length) return null;
  return { token: { kind: 'class', negated, test: (c) => tests.some((test) => test(c)) !== negated }, end: i + 1 };
}

function matches(tokens: readonly Token[], path: string): boolean {
  const starts = new Uint8Array(path.length + 1);
  starts[0] = 1;
  return run(tokens, path, starts)[path.length] === 1;
}

/** Where the tokens can end, given where they can start: one pass over the path per token. */
function run(tokens: readonly Token[], path: string, starts: Uint8Array): Uint8Array {
  let reachable = starts;
  for (const token of tokens) reachable = step(token, path, reachable);
  return reachable;
}

function step(token: Token, path: string, from: Uint8Array): Uint8Array {
  const n = path.length;
  const next = new Uint8Array(n + 1);
  switch (token.kind) {
    case 'char':
      for (let j = 0; j < n; j++) if (from[j] && path[j] === token.char) next[j + 1] = 1;
      return next;
    case 'any':
    case 'class':
      for (let j = 0; j < n; j++)
        if (from[j] && path[j] !== '/' && (token.kind === 'any' || token.test(path[j]!))) next[j + 1] = 1;
      return next;
    case 'star': {
      let open = false;
      for (let j = 0; j <= n; j++) {
        open = from[j] === 1 || (open && path[j - 1] !== '/');
        if (open) next[j] = 1;
      }
      return next;
    }
    case 'globstar': {
      let seen = false;
      for (let j = 0; j <= n; j++) {
        if (from[j] || (seen && (!token.slash || path[j - 1] === '/'))) next[j] = 1;
        seen ||= from[j] === 1;
      }
      return next;
    }
    case 'tail': {
      let open = false;
      for (let j = 0; j <= n; j++) {
        if (from[j] || open) next[j] = 1;
        if (from[j] && path[j] === '/') open = true;
      }
      return next;
    }
    case 'group': {
      const once = (at: Uint8Array): Uint8Array => {
        const ends = new Uint8Array(n + 1);
        for (const alternative of token.alternatives) run(alternative, path, at).forEach((v, j) => (ends[j] ||= v));
        return ends;
      };
      let result = once(from);
      // Repeated: go on from every new end until no end is added (at most n rounds).
      for (let grew = token.repeat; grew;) {
        grew = false;
        once(result).forEach((v, j) => {
          if (!v || result[j]) return;
          result[j] = 1;
          grew = true;
        });
      }
      if (token.optional) result = result.map((v, j) => v | from[j]!);
      return result;
    }
  }
}
