/** mulberry32: a tiny, well-distributed PRNG, so the same data always lays out the same way. */
const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/**
 * Runs a synchronous computation with Math.random seeded. fcose draws its starting positions from
 * Math.random and takes no seed, so this is the only way to make the overview reproducible.
 */
export const withSeededRandom = <T>(seed: number, compute: () => T): T => {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return compute();
  } finally {
    Math.random = original;
  }
};
