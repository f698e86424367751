// Types for the parts of bpmnlint 11 (CommonJS, no declarations) and bpmn-moddle 10 the BPMN checks use.

declare module 'bpmnlint' {
  export class Linter {
    constructor(options: { config: Record<string, unknown>; resolver: unknown });
    lint(root: unknown): Promise<Record<string, { id: string; message: string; category: string }[]>>;
  }
}

declare module 'bpmnlint/lib/resolver/node-resolver.js' {
  export default class NodeResolver {}
}

// bpmn-moddle 10 ships its declarations under ./types only, which NodeNext resolution does not find from '.'.
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: unknown[] }>;
    toXML(element: unknown, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
