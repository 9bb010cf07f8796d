import type { ColumnMapping, ImportResult } from '../../domain/csv/import';
import { runImport } from '../../io/runImport';
import { rememberedRoles, rememberRoles } from '../../io/columnMappingMemory';
import { useAppStore, type PendingImport } from '../../store';
import { prepareDerived } from '../../store/derived';

/**
 * The files of the import being staged. Kept here, not in the store (a File is not plain data), so
 * a column mapping can read them again.
 */
let stagedFiles: readonly File[] = [];

/**
 * The report (and its diff against the map) renders in a task of its own: a big import's result
 * is unpacked in the task that receives it, and the two together would freeze the page twice as long.
 */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const readStaged = async (names: string[], mappings: ColumnMapping[]): Promise<ImportResult> => {
  useAppStore.getState().startImport(names);
  const result = await runImport([...stagedFiles], useAppStore.getState().graph, { mappings });
  await nextTask();
  return result;
};

/**
 * Stages a result for the report and, while it waits there (or once it is the map), computes its
 * derived data task by task, so Apply does not compute it all in one long task.
 */
const stage = (pending: PendingImport): void => {
  useAppStore.getState().stageImport(pending);
  const { graph, report } = pending.result;
  if (report.fatal) return;
  void prepareDerived(graph, () => {
    const state = useAppStore.getState();
    return state.pending?.result.graph === graph || state.graph === graph;
  });
};

/** Mappings remembered for the files whose headers name no role. */
const rememberedMappings = (result: ImportResult): ColumnMapping[] =>
  result.report.files.flatMap(({ file, preview }) => {
    const roles = preview && rememberedRoles(preview.header);
    return roles ? [{ file, roles }] : [];
  });

/**
 * Reads the chosen files and stages the result for the report; the map changes only on Apply. A
 * file laid out like one mapped before is read with that mapping straight away.
 */
export const importFileList = async (files: readonly File[]): Promise<void> => {
  if (files.length === 0) return;
  stagedFiles = files;
  const names = files.map((file) => file.name);
  const first = await readStaged(names, []);
  const mappings = first.report.fatal ? rememberedMappings(first) : [];
  const result = mappings.length > 0 ? await readStaged(names, mappings) : first;
  stage({ result, files: names, mappings });
};

/** Reads the staged files again with the user's column mappings; a mapping that gives a usable import is remembered. */
export const importWithMappings = async (mappings: ColumnMapping[]): Promise<void> => {
  const { pending } = useAppStore.getState();
  if (!pending) return;
  const result = await readStaged(pending.files, mappings);
  if (!result.report.fatal) {
    for (const { file, preview } of result.report.files) {
      const mapping = mappings.find((candidate) => candidate.file === file);
      if (preview && mapping) rememberRoles(preview.header, mapping.roles);
    }
  }
  stage({ result, files: pending.files, mappings });
};
