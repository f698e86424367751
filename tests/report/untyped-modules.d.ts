// Types for the parts of untyped dev dependencies the report tests use: bpmnlint 11 (CommonJS), bpmn-moddle 10 and jsdom 29.

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

// jsdom 29 (for mermaid's parser in Node) ships no declarations; the tests use only this.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { document: unknown };
  }
}
