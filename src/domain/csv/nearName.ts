/**
 * The name a value was probably meant to be: a sector naming no chain node is a chain of its own
 * (DESIGN §1), unless it is one slip away from a chain that exists — then the report says so.
 */
const normalise = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

/** Edits (insert, delete, replace) between two strings, stopping early once over `limit`. */
export const editDistance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
};

/** Chinese names are short: one slip in up to four characters, two in longer ones. */
const allowedEdits = (length: number): number => (length <= 4 ? 1 : 2);

/**
 * Finds the candidate a value is close to — one contains the other (生物医药 / 生物医药产业链) or
 * they differ by a slip or two; exact matches are the caller's business. The candidates are
 * normalised once and each value is looked up once, however many rows repeat it.
 */
export class NearNames {
  private readonly known: readonly { name: string; normal: string }[];
  private readonly found = new Map<string, string | undefined>();

  constructor(candidates: readonly string[]) {
    this.known = candidates
      .map((name) => ({ name, normal: normalise(name) }))
      .filter(({ normal }) => normal.length >= 2);
  }

  /** The first candidate close to the value, or undefined. */
  near(value: string): string | undefined {
    if (!this.found.has(value)) this.found.set(value, this.search(normalise(value)));
    return this.found.get(value);
  }

  private search(wanted: string): string | undefined {
    if (wanted.length < 2) return undefined;
    return this.known.find(({ normal }) => {
      if (normal.includes(wanted) || wanted.includes(normal)) return true;
      const limit = allowedEdits(Math.min(normal.length, wanted.length));
      return editDistance(wanted, normal, limit) <= limit;
    })?.name;
  }
}
