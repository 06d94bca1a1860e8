// Reads ontology/ (plaza.ttl, SKOS schemes, SHACL shapes, JSON-LD context) for one deployment base IRI.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad } from 'n3';

/** The ontology folder, resolved from this module so it works from any working directory. */
export const ONTOLOGY_DIR = new URL('../../ontology/', import.meta.url);

/** A file in ontology/ that cannot be read or parsed; `file` is relative to the ontology folder. */
export class OntologyFileError extends Error {
  readonly code = 'ONTOLOGY_FILE';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `cannot load ontology/${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}

function checkBase(base: string): void {
  // Scheme and shape files use relative IRIs (<id/concept/…>): the base must be a folder IRI.
  if (!/^https?:\/\/[^\s]+\/$/.test(base)) {
    throw new Error(`base IRI must be an absolute http(s) IRI ending in '/': ${base}`);
  }
}

function readText(relative: string): string {
  try {
    return readFileSync(new URL(relative, ONTOLOGY_DIR), 'utf8');
  } catch (cause) {
    throw new OntologyFileError(relative, cause);
  }
}

/** The Turtle files of one ontology subfolder, relative to the ontology folder, in name order. */
export function turtleFilesIn(folder: 'schemes' | 'shapes'): string[] {
  return readdirSync(new URL(`${folder}/`, ONTOLOGY_DIR))
    .filter((name) => name.endsWith('.ttl'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** Parses one Turtle file of the ontology folder with `base` as base IRI. */
export function parseOntologyFile(relative: string, base: string): Quad[] {
  checkBase(base);
  const text = readText(relative);
  try {
    return new Parser({ baseIRI: base, format: 'text/turtle' }).parse(text);
  } catch (cause) {
    throw new OntologyFileError(relative, cause);
  }
}

/** The ontology (plaza.ttl) and every SKOS concept scheme (schemes/*.ttl), resolved against `base`. */
export function loadOntologyQuads(base: string): Quad[] {
  return ['plaza.ttl', ...turtleFilesIn('schemes')].flatMap((file) =>
    parseOntologyFile(file, base),
  );
}

/** Every SHACL shape (shapes/*.ttl), with concept references resolved against `base`. */
export function loadShapeQuads(base: string): Quad[] {
  return turtleFilesIn('shapes').flatMap((file) => parseOntologyFile(file, base));
}

/** The published JSON-LD context document (`{ "@context": … }`), parsed. */
export function loadJsonLdContext(): Record<string, unknown> {
  try {
    return JSON.parse(readText('context.jsonld')) as Record<string, unknown>;
  } catch (cause) {
    if (cause instanceof OntologyFileError) throw cause;
    throw new OntologyFileError('context.jsonld', cause);
  }
}

/** The ontology folder as a file-system path (for serving files as they are). */
export function ontologyPath(relative = ''): string {
  return fileURLToPath(new URL(relative, ONTOLOGY_DIR));
}
