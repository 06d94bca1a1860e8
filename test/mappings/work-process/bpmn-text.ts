// Builds small BPMN 2.0 documents for tests, in any of the namespace spellings modellers use.
import { readFileSync } from 'node:fs';

const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** `prefix` '' writes the default namespace (`<process>`), else `<bpmn:process>`, `<bpmn2:process>`. */
export function bpmnDocument(body: string, prefix = 'bpmn'): string {
  const p = prefix === '' ? '' : `${prefix}:`;
  const xmlns = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  const text = body.replace(/<(\/?)([a-zA-Z]+)/g, `<$1${p}$2`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${p}definitions ${xmlns}="${MODEL}" id="Defs">${text}</${p}definitions>`;
}

/** A straight process: start → the given tasks in order → end. */
export function straightProcess(id: string, tasks: readonly string[]): string {
  const nodes = ['s', ...tasks, 'e'];
  const flows = nodes
    .slice(1)
    .map(
      (to, i) => `<sequenceFlow id="${id}_f${i}" sourceRef="${nodes[i] ?? ''}" targetRef="${to}"/>`,
    );
  const prefixed = (n: string) => `${id}_${n}`;
  return `<process id="${id}"><startEvent id="${prefixed('s')}"/>${tasks
    .map((t) => `<task id="${t}" name="${t}"/>`)
    .join('')}<endEvent id="${prefixed('e')}"/>${flows
    .join('')
    .replaceAll('"s"', `"${prefixed('s')}"`)
    .replaceAll('"e"', `"${prefixed('e')}"`)}</process>`;
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/work-process/${name}`, import.meta.url), 'utf8');
}
