import { seededRandom } from '../domain/analysis/random';

/**
 * Runs a synchronous computation with Math.random seeded. fcose draws its starting positions from
 * Math.random and takes no seed, so this is the only way to make the overview reproducible.
 */
export const withSeededRandom = <T>(seed: number, compute: () => T): T => {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return compute();
  } finally {
    Math.random = original;
  }
};
