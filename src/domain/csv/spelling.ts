/**
 * How an uploaded file wrote the map — its headers, its column order, its spellings of values
 * (本地, 企业, a chain by its name) — kept with the graph so an export can write the user's data back
 * in the user's own words, and still read back to the same graph.
 */
import type { FileSpelling, SpelledColumn } from '../graph/types';
import type { ColumnLayout } from './columns';

/** The columns of a file as its layout read them, in file order. */
export function spelledColumns<F extends string>(
  header: readonly string[],
  fields: readonly F[],
  layout: ColumnLayout<F>,
): SpelledColumn[] {
  const columns: (SpelledColumn & { at: number })[] = [];
  for (const field of fields) {
    const at = layout.index[field];
    if (at >= 0) columns.push({ header: header[at] ?? field, field, at });
  }
  for (const { name, index } of layout.extras) columns.push({ header: name, field: '', at: index });
  return columns.sort((a, b) => a.at - b.at).map(({ header: name, field }) => ({ header: name, field }));
}

/** Notes, per field, the first spelling other than the code itself a file used for each value the graph holds. */
export class SpellingRecorder {
  private readonly byField = new Map<string, Map<string, string>>();

  /** `value` is the graph's value as the canonical export writes it; `written` the cell as read. */
  note(field: string, value: string, written: string): void {
    // The code itself is no spelling: a chain written by its id on its own row and by its name
    // elsewhere is written by its name.
    if (written === '' || written === value) return;
    let spellings = this.byField.get(field);
    if (!spellings) this.byField.set(field, (spellings = new Map()));
    if (!spellings.has(value)) spellings.set(value, written);
  }

  spelling(file: string, columns: SpelledColumn[]): FileSpelling {
    const values: Record<string, [string, string][]> = {};
    for (const [field, spellings] of this.byField) values[field] = [...spellings];
    return { file, columns, values };
  }
}

/** A lookup of the file's spelling of a value: the value itself where the file had no other. */
export function spellerOf(spelling: FileSpelling): (field: string, value: string) => string {
  const maps = new Map(Object.entries(spelling.values).map(([field, pairs]) => [field, new Map(pairs)]));
  return (field, value) => maps.get(field)?.get(value) ?? value;
}
