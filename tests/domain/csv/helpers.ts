/** Fixture loading and small text-to-import helpers for the CSV tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importFiles, type ImportResult, type InputFile } from '../../../src/domain/csv/import';
import type { Graph } from '../../../src/domain/graph/types';
import type { Problem } from '../../../src/domain/csv/report';

export const FIXTURES = path.resolve(__dirname, '../../fixtures');

export const fixture = (name: string): InputFile => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))),
});

const encoder = new TextEncoder();
export const textFile = (name: string, text: string): InputFile => ({ name, bytes: encoder.encode(text) });

/** Imports CSV texts given as { fileName: text }. */
export const importTexts = (texts: Record<string, string>, current?: Graph): ImportResult =>
  importFiles(
    Object.entries(texts).map(([name, text]) => textFile(name, text)),
    current,
  );

/** The problems reduced to what a test usually states: code, row, column, value. */
export const brief = (problems: readonly Problem[]) =>
  problems.map(({ code, row, column, value }) => ({
    code,
    ...(row !== undefined && { row }),
    ...(column !== undefined && { column }),
    ...(value !== undefined && { value }),
  }));

export const codes = (problems: readonly Problem[]): string[] => problems.map((problem) => problem.code);
