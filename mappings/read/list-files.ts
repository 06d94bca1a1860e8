// Expands the paths given on the command line into the export files to read, in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatFromPath } from './detect.ts';

/** `_bad`, `.git` and the like are read only when named explicitly. */
function isHidden(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries.map((entry) => entry.name).filter((name) => !isHidden(name));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    const path = join(directory, name);
    if (await isDirectory(path)) files.push(...(await filesUnder(path)));
    else if (formatFromPath(name) !== undefined) files.push(path);
  }
  return files;
}

/**
 * Directories are expanded recursively (sorted by name; only .csv/.json/.xml/.bpmn; names starting with
 * `_` or `.` skipped). A path naming a file is kept as given, even a missing one, so that reading
 * it reports the problem where every other file problem is reported. Duplicates are dropped.
 */
export async function listExportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    for (const file of (await isDirectory(path)) ? await filesUnder(path) : [path]) {
      const key = resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return files;
}
