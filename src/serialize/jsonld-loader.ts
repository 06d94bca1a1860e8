// The static JSON-LD document loader: the published context URL resolves to ontology/context.jsonld,
// every other URL is refused, so compaction and framing never reach the network.
import jsonld from 'jsonld';
import { loadJsonLdContext } from '../vocab/ontology-files.ts';

export type DocumentLoader = NonNullable<
  NonNullable<Parameters<typeof jsonld.expand>[1]>['documentLoader']
>;
type RemoteDocument = Awaited<ReturnType<DocumentLoader>>;

/** Where a deployment publishes its context (`{base}def/context.jsonld`, DESIGN §5). */
export function contextUrlFor(baseIri: string): string {
  return `${baseIri}def/context.jsonld`;
}

/** A JSON-LD document the loader was asked for that is not ours: no remote document is fetched. */
export class RemoteDocumentRefused extends Error {
  readonly code = 'REMOTE_DOCUMENT_REFUSED';
  constructor(readonly url: string) {
    super(`no remote JSON-LD documents are loaded (${url}); only the published context is known`);
  }
}

let cached: RemoteDocument['document'] | undefined;

/** The context document, read once (the file is part of the release, not of the data). */
function contextDocument(): RemoteDocument['document'] {
  cached ??= loadJsonLdContext() as unknown as RemoteDocument['document'];
  return cached;
}

/** A loader that knows exactly one document: the context at `contextUrl`. */
export function staticDocumentLoader(contextUrl: string): DocumentLoader {
  return (url: string) =>
    url === contextUrl
      ? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: contextDocument() })
      : Promise.reject(new RemoteDocumentRefused(url));
}
