import { fileKind, type CorpusFile } from './check';
import type { ArchiveFile } from '../schema';

/** Where a version's archive lives, relative to the project. */
export const archivePath = (version: string) => `plans/archive/${version}.json`;

/** The files of the live corpus, without the archives. */
export const liveFiles = (files: CorpusFile[]) => files.filter((f) => fileKind(f.path) !== 'archive');

/**
 * Freeze the live corpus files (already checked) as the archive of `version`, chained to the previous version's
 * archive by its hash (see archiveHash in check.ts).
 */
export function makeArchive(files: CorpusFile[], version: string, date: string, previous?: ArchiveFile['previous']): ArchiveFile {
  return {
    format: 'plandiff.corpus-archive/1',
    version,
    date,
    ...(previous ? { previous } : {}),
    files: liveFiles(files)
      .map((f) => ({ path: f.path, data: JSON.parse(f.text) as unknown }))
      .sort((a, b) => a.path.localeCompare(b.path)),
  };
}

/** Serialise an archive: one compact line, as it is written once and read by programs. */
export const archiveText = (a: ArchiveFile) => `${JSON.stringify(a)}\n`;
