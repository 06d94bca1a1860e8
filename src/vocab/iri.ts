// IRI minting: the only place an instance IRI is built. Keys are opaque source identifiers;
// labels that are not identifiers (unit tasks, classification paths) become short hashes.
import { createHash } from 'node:crypto';
import { DataFactory, type NamedNode } from 'n3';

const namedNode = DataFactory.namedNode.bind(DataFactory);

/** Grades of the disclosure-grade scheme, by notation (aligned with the EU access-right table). */
export type DisclosureGradeNotation = 'public' | 'restricted' | 'non-public' | 'not-stated';

/** Concept schemes minted under `{base}id/concept/{scheme}/{notation}`. */
export type SchemeName =
  | 'disclosure-grade'
  | 'record-type'
  | 'retention'
  | 'licence'
  | 'org-type'
  | 'payment-method'
  | 'release-rule'
  | 'function'
  | 'unit-task'
  | 'budget-function';

/** A key segment must be non-empty and may not contain characters that break a path segment. */
const SAFE_KEY = /^[A-Za-z0-9._~-]+$/;

export class InvalidKeyError extends Error {
  readonly code = 'INVALID_KEY';
  constructor(
    readonly kind: string,
    readonly key: string,
  ) {
    super(
      `invalid ${kind} key ${JSON.stringify(key)}: expected letters, digits, '.', '_', '~' or '-'`,
    );
  }
}

function segment(kind: string, key: string): string {
  if (!SAFE_KEY.test(key)) throw new InvalidKeyError(kind, key);
  return key;
}

/** A stable, opaque 16-hex-digit notation for a label or path (NFC-normalised, trimmed). */
export function labelNotation(label: string): string {
  return createHash('sha256').update(label.normalize('NFC').trim()).digest('hex').slice(0, 16);
}

/** Mints every instance IRI of one deployment. */
export class IriMinter {
  readonly base: string;

  constructor(base: string) {
    if (!/^https?:\/\/[^\s]+\/$/.test(base)) {
      throw new Error(`base IRI must be an absolute http(s) IRI ending in '/': ${base}`);
    }
    this.base = base;
  }

  private id(path: string): NamedNode {
    return namedNode(`${this.base}id/${path}`);
  }

  document(packageId: string): NamedNode {
    return this.id(`document/${segment('document', packageId)}`);
  }
  disclosure(nid: string): NamedNode {
    return this.id(`disclosure/${segment('disclosure', nid)}`);
  }
  report(nid: string): NamedNode {
    return this.id(`report/${segment('report', nid)}`);
  }
  expenseReport(nid: string): NamedNode {
    return this.id(`expense-report/${segment('expense-report', nid)}`);
  }
  expenseLine(nid: string, line: number): NamedNode {
    return this.id(`expense-report/${segment('expense-report', nid)}/line/${line}`);
  }
  org(code: string): NamedNode {
    return this.id(`org/${segment('org', code)}`);
  }
  concept(scheme: SchemeName, notation: string): NamedNode {
    return this.id(`concept/${scheme}/${segment(scheme, notation)}`);
  }
  scheme(scheme: SchemeName): NamedNode {
    return this.id(`concept/${scheme}`);
  }
  /** Art. 9(1) item n of the Official Information Disclosure Act (ELI-style path). */
  legalGround(item: number): NamedNode {
    if (!Number.isInteger(item) || item < 1 || item > 8) {
      throw new InvalidKeyError('legal ground', String(item));
    }
    return this.id(`legal/opengov-act/art/9/para/1/item/${item}`);
  }
  /** The explicit "the source did not state a legal ground" placeholder. */
  legalGroundNotStated(): NamedNode {
    return this.id('legal/not-stated');
  }
  /** A part of a record (its disclosure decision, its ingest activity): `{record}#{part}`. */
  part(record: NamedNode, part: 'decision' | 'ingest' | 'source'): NamedNode {
    return namedNode(`${record.value}#${part}`);
  }
  /** The named graph that holds one file of ontology/ (the ontology, a scheme) in a store. */
  ontologyGraph(file: string): NamedNode {
    const name = file.replace(/\.ttl$/, '');
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(name)) throw new InvalidKeyError('ontology file', file);
    return namedNode(`${this.base}graph/ontology/${name}`);
  }

  /** The named graph that holds one record in the internal and public stores. */
  graphOf(record: NamedNode): NamedNode {
    if (!record.value.startsWith(`${this.base}id/`)) {
      throw new Error(`not a Plaza record IRI: ${record.value}`);
    }
    return namedNode(`${this.base}graph/${record.value.slice(this.base.length + 3)}`);
  }
}
