// The example queries of queries/ (NN-kebab-title.rq, each with `# title:` and `# description:`
// comment lines): what the query UI offers and GET /queries lists.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ExampleQuery {
  /** The file name in queries/, e.g. `01-documents-per-department-and-month.rq`. */
  readonly file: string;
  readonly title: string;
  readonly description: string;
  /** The whole file: the comments are valid SPARQL and say what the query is for. */
  readonly query: string;
}

export class QueryCatalogueError extends Error {
  override readonly name = 'QueryCatalogueError';
  readonly code = 'QUERY_CATALOGUE';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** One example from its file name and text; a missing title or description is an error. */
export function parseExampleQuery(file: string, text: string): ExampleQuery {
  const comment = (key: string): string => {
    const match = new RegExp(`^#\\s*${key}:[ \\t]*(\\S.*?)\\s*$`, 'm').exec(text);
    if (!match?.[1]) throw new QueryCatalogueError(file, `no "# ${key}:" comment line`);
    return match[1];
  };
  return { file, title: comment('title'), description: comment('description'), query: text };
}

/** Every `.rq` file of `dir`, in file-name order (the NN prefix orders the catalogue). */
export async function loadQueryCatalogue(dir: string): Promise<ExampleQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.rq')).sort();
  return Promise.all(
    files.map(async (file) => parseExampleQuery(file, await readFile(join(dir, file), 'utf8'))),
  );
}
