// Near-duplicate detection for articles: MinHash signatures over 5-word shingles, and LSH band keys that find candidate pairs by equality.
import { DyadError } from '../errors.js';

/** Slots in a signature (one per hash permutation). */
export const PERMUTATIONS = 128;
/** Words per shingle; a text with fewer words is one shingle of what it has. */
export const SHINGLE_WORDS = 5;
/** LSH bands; with {@link ROWS_PER_BAND} rows each they use 126 of the 128 slots. */
export const BANDS = 21;
/** Slots per LSH band: more rows make a shared band key rarer for dissimilar texts. */
export const ROWS_PER_BAND = 6;
/** Estimated Jaccard similarity from which two articles count as copies of one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** Size of a stored signature: 128 little-endian 32-bit values. */
export const SIGNATURE_BYTES = PERMUTATIONS * 4;

/** The value of every slot of a text with no words. */
const EMPTY = 0xffffffff;

/**
 * 32-bit FNV-1a over a string's UTF-16 code units (one step per unit).
 * @example fnv1a('dyad') // the same number in every process and version
 */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The fixed seeds of the 128 hash functions, from a seeded splitmix32. */
const SEEDS = (() => {
  let state = 0x9e3779b9;
  const seeds = new Int32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    seeds[i] = z ^ (z >>> 16);
  }
  return seeds;
})();

/**
 * Hash function i of the family: the murmur3 finaliser of the shingle hash xor seed i. Cheaper than
 * (a·x + b) mod p by a factor of ten (signing was slower than reading the article), and as good
 * for MinHash: the finaliser is a bijection that mixes every input bit into every output bit.
 */
function permute(x: number, seed: number): number {
  let z = x ^ seed;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * The words of a text: lower-cased, apostrophes dropped ("Kenya's" → "kenyas"), split at anything
 * that is not a letter, mark or digit in any script.
 * @example words('Talks, in Nairobi!') // ['talks', 'in', 'nairobi']
 */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/gu, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Hashes of the text's overlapping 5-word shingles; one shingle when it has 1–4 words, none when it has none. */
function shingleHashes(text: string): Set<number> {
  const tokens = words(text);
  const hashes = new Set<number>();
  const last = Math.max(0, tokens.length - SHINGLE_WORDS);
  for (let i = 0; i <= last && i < tokens.length; i++) {
    hashes.add(fnv1a(tokens.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return hashes;
}

/**
 * The MinHash signature of a text: for each of 128 fixed permutations, the smallest permuted
 * shingle hash. Equal texts give equal signatures in every process and version; the share of
 * equal slots of two signatures estimates the Jaccard similarity of their shingle sets.
 * A text with no words gets a signature of 0xffffffff in every slot.
 * @example similarity(signature(story), signature(`${story}\nReporting by Jane Doe`)) // ≈ 0.97
 */
export function signature(text: string): Uint32Array {
  const slots = new Uint32Array(PERMUTATIONS).fill(EMPTY);
  for (const hash of shingleHashes(text)) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const value = permute(hash, SEEDS[i]!);
      if (value < slots[i]!) slots[i] = value;
    }
  }
  return slots;
}

/**
 * The fraction of equal slots of two signatures, 0–1: an estimate of the Jaccard similarity of the
 * two texts' shingles. At {@link NEAR_DUPLICATE_THRESHOLD} or above, treat them as one story.
 * @example similarity(signature('a b c d e f'), signature('a b c d e f')) // 1
 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) equal++;
  return equal / PERMUTATIONS;
}

/**
 * LSH band keys of a signature, one per band (21 bands of 6 rows), such as `b07:3fa2c1d0`: the band
 * number and a 32-bit hash of its rows. Two texts share a key with probability 1 − (1 − J^6)^21 for
 * Jaccard similarity J: 0.998 at J = 0.8, 0.28 at J = 0.5, 0.015 at J = 0.3. Store the keys in an
 * indexed column and look candidates up by equality, then confirm them with {@link similarity}.
 * @example bandKeys(signature(text)) // ['b00:9c0e41d2', 'b01:…', …] (21 keys)
 */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5;
    for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) {
      const value = sig[row]!;
      for (let shift = 0; shift < 32; shift += 8) {
        hash ^= (value >>> shift) & 0xff;
        hash = Math.imul(hash, 0x01000193);
      }
    }
    keys.push(`b${String(band).padStart(2, '0')}:${(hash >>> 0).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/**
 * A signature as 512 bytes (little-endian on every platform), for a database column.
 * @example signatureFromBuffer(signatureToBuffer(sig)) // equal to sig
 */
export function signatureToBuffer(sig: Uint32Array): Buffer {
  const buffer = Buffer.alloc(SIGNATURE_BYTES);
  for (let i = 0; i < PERMUTATIONS; i++) buffer.writeUInt32LE(sig[i]!, i * 4);
  return buffer;
}

/**
 * Reads a signature stored by {@link signatureToBuffer}.
 * @throws DyadError STORE when the bytes are not 512 long.
 * @example signatureFromBuffer(row.minhash)
 */
export function signatureFromBuffer(bytes: Uint8Array): Uint32Array {
  if (bytes.length !== SIGNATURE_BYTES) {
    throw new DyadError('STORE', `a stored MinHash signature must be ${SIGNATURE_BYTES} bytes, got ${bytes.length}; recompute it with signature(text)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}
