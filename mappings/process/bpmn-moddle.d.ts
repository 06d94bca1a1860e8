// Type declaration for the part of bpmn-moddle Plaza uses (the package ships none for its entry).
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, options?: Record<string, unknown>): Promise<unknown>;
  }
}
