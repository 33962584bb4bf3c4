// Glob matching in time linear in the path for a given glob. Exclude globs come from workspace settings,
// which an untrusted folder controls, and picomatch's backtracking regexes take minutes on a glob such as
// `*a*a*a*a*a*a*a*a*a*a*b` (or `**/x/**/x/**/x/**/y` on a deep path): the language server would hang. Here
// the glob is a small automaton and the path is read once, carrying the set of glob positions it may be at.
//
// Supported: `*` and `?` (not `/`), `**` as a whole segment (any number of segments, none included), a
// trailing `/**` (also matches the folder itself; picomatch does so only after a literal name), `[abc]`,
// `[a-z]`, `[!a]`/`[^a]`, `{a,b}` alternatives, `\` escapes, a leading `!` (negation) and `./`. Dot files
// match like any other (picomatch's `dot: true`). Extglobs (`+(a|b)`) are not: their characters match literally.

type Token =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'star' }
  /** `**` + `/`: nothing, or any run of characters that ends with `/`. */
  | { readonly kind: 'segments' }
  /** A final `/**` (or a glob that is `**`): nothing, or `/` (none for `**`) and anything after it. */
  | { readonly kind: 'rest'; readonly slash: boolean }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [string, string])[] };

/** Brace alternatives expanded at most this far; a glob with more is matched with its braces as literals. */
const MAX_ALTERNATIVES = 256;

export type GlobMatcher = (path: string) => boolean;

export function globMatcher(glob: string): GlobMatcher {
  const negated = glob.startsWith('!') && !glob.startsWith('!(');
  let body = negated ? glob.slice(1) : glob;
  while (body.startsWith('./')) body = body.slice(2);
  const automata = expandBraces(body).map(tokenize);
  return (path) => automata.some((tokens) => matches(tokens, path)) !== negated;
}

/** Matches when any of `globs` does. */
export function anyGlobMatcher(globs: readonly string[]): GlobMatcher {
  const matchers = globs.map(globMatcher);
  return (path) => matchers.some((match) => match(path));
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\' && i + 1 < glob.length) {
      tokens.push({ kind: 'char', char: glob[++i] });
    } else if (ch === '*') {
      let end = i;
      while (glob[end + 1] === '*') end++;
      const wholeSegment = end === i + 1 && (i === 0 || glob[i - 1] === '/') && (end + 1 === glob.length || glob[end + 1] === '/');
      // `**/**` is `**`: one token, so a trailing one still sees the `/` before them.
      if (wholeSegment) while (tokens[tokens.length - 1]?.kind === 'segments') tokens.pop();
      if (!wholeSegment) {
        tokens.push({ kind: 'star' });
      } else if (end + 1 === glob.length) {
        // `a/**` also matches `a`: the slash before it becomes part of the optional rest.
        const slash = tokens[tokens.length - 1]?.kind === 'char' && glob[i - 1] === '/';
        if (slash) tokens.pop();
        tokens.push({ kind: 'rest', slash });
      } else {
        tokens.push({ kind: 'segments' });
        end++; // the `/` after `**` belongs to it
      }
      i = end;
    } else if (ch === '?') {
      tokens.push({ kind: 'one' });
    } else if (ch === '[') {
      const parsed = parseClass(glob, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else {
        tokens.push({ kind: 'char', char: ch });
      }
    } else {
      tokens.push({ kind: 'char', char: ch });
    }
  }
  return tokens;
}

function parseClass(glob: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < glob.length && (first || glob[i] !== ']'); first = false) {
    let low = glob[i];
    if (low === '\\' && i + 1 < glob.length) low = glob[++i];
    let high = low;
    if (glob[i + 1] === '-' && i + 2 < glob.length && glob[i + 2] !== ']') {
      high = glob[i + 2] === '\\' && i + 3 < glob.length ? glob[i + 3] : glob[i + 2];
      i += glob[i + 2] === '\\' ? 3 : 2;
    }
    ranges.push([low, high]);
    i++;
  }
  return i < glob.length ? { token: { kind: 'class', negated, ranges }, end: i } : undefined;
}

/** `{a,b}c` → `ac`, `bc` (nested too); the glob itself when it has no complete group or too many results. */
export function expandBraces(glob: string): string[] {
  const results: string[] = [];
  const pending = [glob];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const group = firstGroup(current);
    if (!group) {
      results.push(current);
    } else {
      const before = current.slice(0, group.open);
      const after = current.slice(group.close + 1);
      for (const option of group.options) pending.push(before + option + after);
    }
    if (results.length + pending.length > MAX_ALTERNATIVES) return [glob];
  }
  return results.reverse();
}

/** The first `{…}` with a top-level comma, split at those commas. */
function firstGroup(glob: string): { open: number; close: number; options: string[] } | undefined {
  for (let open = 0; open < glob.length; open++) {
    if (glob[open] === '\\') {
      open++;
      continue;
    }
    if (glob[open] !== '{') continue;
    let depth = 0;
    let start = open + 1;
    const options: string[] = [];
    for (let i = open; i < glob.length; i++) {
      const ch = glob[i];
      if (ch === '\\') i++;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) {
        if (options.length === 0) break; // `{a}` has no alternatives: literal
        options.push(glob.slice(start, i));
        return { open, close: i, options };
      } else if (ch === ',' && depth === 1) {
        options.push(glob.slice(start, i));
        start = i + 1;
      }
    }
  }
  return undefined;
}

/**
 * Reads `path` once, tracking every token position the glob may have reached (`active`) and, for `**` and
 * rest tokens, whether they are in the middle of consuming characters (`inside`): O(path × tokens).
 */
function matches(tokens: readonly Token[], path: string): boolean {
  const count = tokens.length;
  let active = new Uint8Array(count + 1);
  let inside = new Uint8Array(count + 1);
  let nextActive = new Uint8Array(count + 1);
  let nextInside = new Uint8Array(count + 1);
  active[0] = 1;
  closeOverEmpty(tokens, active);
  for (let p = 0; p < path.length; p++) {
    const ch = path[p];
    nextActive.fill(0);
    nextInside.fill(0);
    let any = false;
    for (let t = 0; t < count; t++) {
      const token = tokens[t];
      const isActive = active[t] === 1;
      if (!isActive && inside[t] === 0) continue;
      switch (token.kind) {
        case 'char':
          if (isActive && ch === token.char) any = mark(nextActive, t + 1);
          break;
        case 'one':
          if (isActive && ch !== '/') any = mark(nextActive, t + 1);
          break;
        case 'class':
          if (isActive && ch !== '/' && inClass(token, ch)) any = mark(nextActive, t + 1);
          break;
        case 'star':
          // Stays on the star, which may also end after this character (see closeOverEmpty).
          if (ch !== '/') any = mark(nextActive, t);
          break;
        case 'segments':
          any = mark(nextInside, t);
          if (ch === '/') mark(nextActive, t + 1);
          break;
        case 'rest':
          // Entering needs the `/` when there is one; once inside, anything goes.
          if (inside[t] === 1 || !token.slash || ch === '/') any = mark(nextInside, t);
          break;
      }
    }
    if (!any) return false;
    closeOverEmpty(tokens, nextActive);
    [active, nextActive] = [nextActive, active];
    [inside, nextInside] = [nextInside, inside];
  }
  // A rest token consumes to the end: being inside one at the end is a match.
  for (let t = 0; t < count; t++) if (inside[t] === 1 && tokens[t].kind === 'rest') return true;
  return active[count] === 1;
}

function mark(states: Uint8Array, index: number): true {
  states[index] = 1;
  return true;
}

/** Tokens that may match nothing pass their state on: `*`, `**`, and a rest token. */
function closeOverEmpty(tokens: readonly Token[], active: Uint8Array): void {
  for (let t = 0; t < tokens.length; t++) {
    const kind = tokens[t].kind;
    if (active[t] === 1 && (kind === 'star' || kind === 'segments' || kind === 'rest')) active[t + 1] = 1;
  }
}

function inClass(token: Extract<Token, { kind: 'class' }>, ch: string): boolean {
  const inside = token.ranges.some(([low, high]) => low <= ch && ch <= high);
  return inside !== token.negated;
}
