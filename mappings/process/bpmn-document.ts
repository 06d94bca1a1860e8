// Parses BPMN 2.0 XML synchronously with bpmn-moddle: the whole document, its warnings, or a
// file-level error (not well-formed, not BPMN). Mappings are synchronous, bpmn-moddle's API is not.
import { BpmnModdle } from 'bpmn-moddle';
import { XMLValidator } from 'fast-xml-parser';

/** What bpmn-moddle builds for every element; only the members Plaza reads are declared. */
export interface ModdleElement {
  readonly $type: string;
  readonly $attrs?: Readonly<Record<string, string>>;
  readonly id?: string;
  readonly name?: string;
  readonly [property: string]: unknown;
}

/** A warning of bpmn-moddle's reader (unresolved reference, unknown element, …). */
export interface BpmnWarning {
  readonly message: string;
  readonly element?: ModdleElement;
  readonly property?: string;
  readonly value?: string;
}

export interface BpmnDocument {
  readonly definitions: ModdleElement;
  readonly warnings: readonly BpmnWarning[];
}

/** The whole file cannot be read as BPMN. */
export class BpmnFileError extends Error {
  readonly code = 'BPMN_FILE';
  constructor(
    readonly reason: string,
    readonly line?: number,
  ) {
    super(reason);
  }
}

interface RootHandler {
  readonly element?: ModdleElement;
  readonly context: { readonly warnings: BpmnWarning[] };
}

interface ReaderLike {
  handler(this: ReaderLike, type: string): RootHandler;
}

const moddle = new BpmnModdle();

/**
 * bpmn-moddle's reader parses inside a Promise executor, i.e. synchronously; the Promise only
 * delivers the result. We capture the root handler (the reader copies its options onto itself, so
 * `handler` can be wrapped) and read the parsed tree from it as soon as fromXML returns.
 * test/mappings/work-process/bpmn-document.test.ts guards this assumption.
 */
function parseWithModdle(xml: string): RootHandler {
  let root: RootHandler | undefined;
  const options = {
    handler(this: ReaderLike, type: string): RootHandler {
      const prototype = Object.getPrototypeOf(this) as ReaderLike;
      root = prototype.handler.call(this, type);
      return root;
    },
  };
  moddle.fromXML(xml, options).catch(() => undefined);
  if (root === undefined) throw new Error('bpmn-moddle no longer parses synchronously');
  return root;
}

function wellFormedness(xml: string): BpmnFileError | undefined {
  const result = XMLValidator.validate(xml);
  if (result === true) return undefined;
  const { msg, line } = result.err;
  return new BpmnFileError(`not well-formed XML: ${msg} (line ${String(line)})`, line);
}

const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

export function parseBpmnDocument(xml: string): BpmnDocument {
  const malformed = wellFormedness(xml);
  if (malformed) throw malformed;
  const root = parseWithModdle(xml);
  const definitions = root.element;
  if (definitions?.$type !== 'bpmn:Definitions') {
    throw new BpmnFileError(
      `not BPMN 2.0: the root element must be <definitions> in namespace ${BPMN_MODEL_NS}`,
    );
  }
  return { definitions, warnings: [...root.context.warnings] };
}
