// Feature hashing: a feature becomes a 30-bit integer key (a small integer in V8); templates combine keys without strings.

/**
 * FNV-1a over the UTF-16 code units of `s`, folded to 30 bits.
 * @example featureKey('w=Paris') === featureKey('w=Paris') // true
 */
export function featureKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 30)) & 0x3fffffff;
}

/**
 * The key of a feature built from a template and values, each already a key: `mix(featureKey('l-1'), featureKey('the'))`
 * stands for "l-1=the" without building the string.
 */
export function mix(a: number, b: number, c = 0): number {
  let h = Math.imul(0x811c9dc5 ^ a, 0x01000193);
  h = Math.imul(h ^ b, 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & 0x3fffffff;
}

/**
 * `featureKey(prefix + s.slice(from, to))` without building the string.
 * @example keyOf('w=', 'Paris') === featureKey('w=Paris') // true
 */
export function keyOf(prefix: string, s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) {
    h ^= prefix.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 30)) & 0x3fffffff;
}
