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
 * The first candidate the value is close to — one contains the other (生物医药 / 生物医药产业链) or
 * they differ by a slip or two — or undefined. Exact matches are the caller's business.
 */
export const nearName = (value: string, candidates: readonly string[]): string | undefined => {
  const wanted = normalise(value);
  if (wanted.length < 2) return undefined;
  return candidates.find((candidate) => {
    const known = normalise(candidate);
    if (known.length < 2) return false;
    if (known.includes(wanted) || wanted.includes(known)) return true;
    const limit = allowedEdits(Math.min(known.length, wanted.length));
    return editDistance(wanted, known, limit) <= limit;
  });
};
