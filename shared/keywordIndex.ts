// Aho-Corasick automaton over all detectors' keywords: one pass over the text finds every keyword hit,
// so the cost of the prefilter grows with the text, not with the number of detectors.

export interface KeywordHit {
  /** Offset of the keyword's first character. */
  readonly start: number;
  readonly end: number;
  /** Indices of the detectors that listed this keyword. */
  readonly owners: readonly number[];
}

interface State {
  readonly next: Map<number, number>;
  fail: number;
  /** Keywords ending here (own and inherited through failure links): [length, owners]. */
  outputs: Array<readonly [number, readonly number[]]>;
}

export class KeywordIndex {
  private readonly states: State[] = [{ next: new Map(), fail: 0, outputs: [] }];

  /** `keywordsByOwner[i]` are detector i's keywords; matching is ASCII case-insensitive. */
  constructor(keywordsByOwner: ReadonlyArray<readonly string[]>) {
    const ownersByKeyword = new Map<string, number[]>();
    keywordsByOwner.forEach((keywords, owner) => {
      for (const keyword of keywords) {
        const key = keyword.toLowerCase();
        if (key.length === 0) throw new Error(`detector #${owner} has an empty keyword`);
        const owners = ownersByKeyword.get(key) ?? [];
        if (!owners.includes(owner)) owners.push(owner);
        ownersByKeyword.set(key, owners);
      }
    });
    for (const [keyword, owners] of ownersByKeyword) this.insert(keyword, owners);
    this.linkFailures();
  }

  private insert(keyword: string, owners: readonly number[]): void {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      let target = this.states[state].next.get(code);
      if (target === undefined) {
        target = this.states.length;
        this.states.push({ next: new Map(), fail: 0, outputs: [] });
        this.states[state].next.set(code, target);
      }
      state = target;
    }
    this.states[state].outputs.push([keyword.length, owners]);
  }

  private linkFailures(): void {
    const queue: number[] = [];
    for (const child of this.states[0].next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, child] of this.states[state].next) {
        queue.push(child);
        let fallback = this.states[state].fail;
        while (fallback !== 0 && !this.states[fallback].next.has(code)) fallback = this.states[fallback].fail;
        const candidate = this.states[fallback].next.get(code);
        this.states[child].fail = candidate !== undefined && candidate !== child ? candidate : 0;
        this.states[child].outputs = this.states[child].outputs.concat(this.states[this.states[child].fail].outputs);
      }
    }
  }

  /** Every keyword occurrence in `text`, in order of their end offsets. */
  *hits(text: string): Generator<KeywordHit> {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code += 32; // ASCII lower-case
      while (state !== 0 && !this.states[state].next.has(code)) state = this.states[state].fail;
      state = this.states[state].next.get(code) ?? 0;
      for (const [length, owners] of this.states[state].outputs) {
        yield { start: i + 1 - length, end: i + 1, owners };
      }
    }
  }
}
