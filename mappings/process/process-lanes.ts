// The lanes of a process (nested ones included) and the flow nodes each holds.
import { FieldError } from '../parse/fields.ts';
import type { BpmnDocument, ModdleElement } from './bpmn-document.ts';
import { label, list, localName } from './moddle-values.ts';
import type { LaneModel } from './process-model.ts';

/**
 * The lanes, nested ones included. A node belongs to its innermost lane (modellers list it in the
 * enclosing lanes too); references to data objects are dropped; references to nothing are errors.
 */
export function lanesOf(
  process: ModdleElement,
  nodeIds: ReadonlySet<string>,
  elementIds: ReadonlySet<string>,
  doc: BpmnDocument,
  errors: FieldError[],
): LaneModel[] {
  const lanes: LaneModel[] = [];
  // The reader drops a flowNodeRef naming no element and warns: report those too.
  const dangling = (laneId: string): string[] =>
    doc.warnings
      .filter((w) => w.element?.id === laneId && localName(w.property ?? '') === 'flowNodeRef')
      .map((w) => w.value ?? '');
  /** Returns the nodes the lanes of these sets hold, at any depth. */
  const walk = (laneSets: unknown, parent: string | undefined): Set<string> => {
    const held = new Set<string>();
    for (const set of list(laneSets)) {
      for (const lane of list(set['lanes'])) {
        const id = lane.id ?? '';
        const refs = list(lane['flowNodeRef']).map((n) => n.id ?? '');
        for (const n of [...refs, ...dangling(id)])
          if (!elementIds.has(n))
            errors.push(new FieldError(id, `flowNodeRef "${n}" names no element of the process`));
        const at = lanes.length;
        const child = lane['childLaneSet'];
        const inner = walk(child === undefined ? [] : [child], id);
        const nodes = refs.filter((n) => nodeIds.has(n) && !inner.has(n));
        lanes.splice(at, 0, {
          id,
          name: label(lane.name),
          nodes,
          ...(parent === undefined ? {} : { parent }),
        });
        for (const n of [...nodes, ...inner]) held.add(n);
      }
    }
    return held;
  };
  walk(process['laneSets'], undefined);
  return lanes;
}
