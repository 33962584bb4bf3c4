// Seeded randomness for synthetic test values: deterministic on every machine.

const CHARSETS: Readonly<Record<string, string>> = {
  a: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  A: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  B: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  L: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  l: 'abcdefghijklmnopqrstuvwxyz0123456789',
  z: 'abcdefghijklmnopqrstuvwxyz',
  h: '0123456789abcdef',
  H: '0123456789ABCDEF',
  d: '0123456789',
  u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
};

/** Small deterministic PRNG (mulberry32): the same seed gives the same keys on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function charsetOf(name: string): string {
  const chars = CHARSETS[name];
  if (!chars) throw new Error(`unknown synthetic charset "${name}"`);
  return chars;
}

/**
 * A random body over the charset that cannot pass for a placeholder: it always mixes several distinct
 * characters (a random draw of `xxxx…` would be filtered, and then a test would fail for no reason).
 */
export function randomBody(charset: string, length: number, random: () => number): string {
  const chars = charsetOf(charset);
  for (;;) {
    let body = '';
    for (let i = 0; i < length; i++) body += chars[Math.floor(random() * chars.length)];
    if (length < 8 || new Set(body).size >= Math.min(chars.length, length) / 2) return body;
  }
}

