// A case log in XES (IEEE 1849) → events of cases, streamed through saxes: the XML is decoded and
// parsed chunk by chunk and only one trace is held at a time, so a log of any size needs memory for
// its events, not its text or a DOM. Trace: concept:name (case id), item_code (or --item); event:
// concept:name, time:timestamp, lifecycle:transition, org:resource, org:group; <global> defaults apply.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { DiagnosticCode, Lang, Lifecycle } from '../domain/index.js';
import { CASE_LOG_TEXT } from '../i18n/index.js';
import type { CaseCollector } from './case-collector.js';
import { findLifecycle, XES_OTHER_TRANSITIONS } from './case-log-columns.js';
import type { EncodingName } from './decode-text.js';
import { makeDiagnostic, type PendingDiagnostic } from './diagnostics.js';
import { parseTimestamp } from './parse-timestamp.js';

/** XES attribute elements; only those directly inside a trace, an event or a global count. */
const ATTRIBUTE_TAGS: ReadonlySet<string> = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);

interface XesEvent {
  line: number;
  index: number;
  attributes: Map<string, string>;
}

interface XesTrace {
  line: number;
  index: number;
  attributes: Map<string, string>;
  events: XesEvent[];
}

type Frame = 'log' | 'trace' | 'event' | 'global-trace' | 'global-event' | 'other';

/** Bytes read before the encoding is decided. */
const SNIFF_BYTES = 200;

/** The encoding an XML file's first bytes give: a byte-order mark, else the declaration's, else UTF-8. */
function sniffEncoding(head: Uint8Array, forced: EncodingName): string {
  if (forced !== 'auto') return forced;
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const declared = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(new TextDecoder('latin1').decode(head.subarray(0, 200)))?.[1]?.toLowerCase();
  return declared !== undefined && /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared) ? 'gb18030' : 'utf-8';
}

/**
 * Reads one XES log's events into `collector` (every problem to `pending`; never throws). Problems
 * are located by the XML line and the trace and event numbers (1-based). A trace without a case id
 * or item code is left out; a bad event is left out alone; XML that is not well-formed ends the file
 * there (the traces closed before it stand).
 */
export function readXes(
  file: string,
  chunks: Iterable<Uint8Array>,
  options: { encoding: EncodingName; lang: Lang; itemCode?: string },
  collector: CaseCollector,
  pending: PendingDiagnostic[],
): void {
  const text = CASE_LOG_TEXT[options.lang];
  const report = (code: DiagnosticCode, line: number, column: string | undefined, message: string, itemCode?: string): void => {
    pending.push(makeDiagnostic(code, { file, line, ...(column !== undefined ? { column } : {}), ...(itemCode !== undefined ? { itemCode } : {}) }, message));
  };
  const parser = new SaxesParser({ xmlns: false, position: true } as const);
  const frames: Frame[] = [];
  const traceDefaults = new Map<string, string>();
  const eventDefaults = new Map<string, string>();
  let trace: XesTrace | null = null;
  let event: XesEvent | null = null;
  let traces = 0;
  let sawLog = false;
  let failed = false;

  const commitTrace = (t: XesTrace): void => {
    const where = (event: number | null, caseId: string | null): string => text.xesPlace({ place: { trace: t.index, event, caseId } });
    const value = (key: string): string => (t.attributes.get(key) ?? traceDefaults.get(key) ?? '').trim();
    const caseId = value('concept:name');
    const itemCode = value('item_code') || (options.itemCode ?? '');
    if (caseId === '') {
      report('MISSING_CELL', t.line, 'concept:name', `${where(null, null)}${text.xesNoCaseId()}`, itemCode || undefined);
      return;
    }
    if (itemCode === '') {
      report('MISSING_CELL', t.line, 'item_code', `${where(null, caseId)}${text.xesNoItem()}`);
      return;
    }
    for (const e of t.events) {
      const at = where(e.index, caseId);
      const get = (key: string): string => (e.attributes.get(key) ?? eventDefaults.get(key) ?? '').trim();
      const transition = get('lifecycle:transition').toLowerCase();
      if (XES_OTHER_TRANSITIONS.has(transition)) continue;
      const lifecycle: Lifecycle | undefined = findLifecycle(transition);
      if (lifecycle === undefined) {
        report('BAD_LIFECYCLE', e.line, 'lifecycle:transition', `${at}${text.xesBadLifecycle({ cell: transition })}`, itemCode);
        continue;
      }
      const activity = get('concept:name');
      if (activity === '') {
        report('MISSING_CELL', e.line, 'concept:name', `${at}${text.xesNoActivity()}`, itemCode);
        continue;
      }
      const stamp = get('time:timestamp');
      if (stamp === '') {
        report('MISSING_CELL', e.line, 'time:timestamp', `${at}${text.xesNoTimestamp()}`, itemCode);
        continue;
      }
      const time = parseTimestamp(stamp);
      if (time === undefined) {
        report('BAD_TIMESTAMP', e.line, 'time:timestamp', `${at}${text.xesBadTimestamp({ cell: stamp })}`, itemCode);
        continue;
      }
      const department = get('org:group') || get('department');
      const other = collector.add(caseId, itemCode, activity, time, lifecycle, get('org:resource'), department, file, t.index);
      if (other !== null) {
        report('CASE_ITEM_CONFLICT', t.line, 'item_code', `${where(null, null)}${text.xesCaseItemConflict({ caseId, itemCode, other })}`, itemCode);
        return;
      }
    }
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failed) return;
    const parent = frames[frames.length - 1];
    const name = tag.name;
    let frame: Frame = 'other';
    if (name === 'log' && parent === undefined) {
      frame = 'log';
      sawLog = true;
    } else if (name === 'trace' && parent === 'log') {
      frame = 'trace';
      trace = { line: parser.line, index: ++traces, attributes: new Map(), events: [] };
    } else if (name === 'event' && parent === 'trace' && trace !== null) {
      frame = 'event';
      event = { line: parser.line, index: trace.events.length + 1, attributes: new Map() };
    } else if (name === 'global' && parent === 'log') {
      frame = tag.attributes.scope === 'trace' ? 'global-trace' : 'global-event';
    } else if (ATTRIBUTE_TAGS.has(name)) {
      const key = tag.attributes.key;
      const value = tag.attributes.value ?? '';
      if (typeof key === 'string') {
        if (parent === 'event' && event !== null) event.attributes.set(key, value);
        else if (parent === 'trace' && trace !== null) trace.attributes.set(key, value);
        else if (parent === 'global-trace') traceDefaults.set(key, value);
        else if (parent === 'global-event') eventDefaults.set(key, value);
      }
    }
    frames.push(frame);
  });
  parser.on('closetag', () => {
    if (failed) return;
    const frame = frames.pop();
    if (frame === 'event' && trace !== null && event !== null) {
      trace.events.push(event);
      event = null;
    } else if (frame === 'trace' && trace !== null) {
      commitTrace(trace);
      trace = null;
    }
  });
  parser.on('error', (error: Error) => {
    if (failed) return;
    failed = true;
    const detail = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    report('BAD_XML', parser.line, undefined, text.xesBadXml({ trace: trace === null ? null : trace.index, event: trace === null || event === null ? null : event.index, detail }));
  });

  // The encoding is read from the first bytes (a BOM, or the declaration within its first 200
  // bytes), so chunks are held back until that many have come.
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let bytes = 0;
  const feed = (chunk: Uint8Array, last: boolean): void => {
    if (decoder === null) {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes < SNIFF_BYTES && !last) return;
      const start = head.length === 1 ? head[0]! : Buffer.concat(head);
      head = [];
      decoder = new TextDecoder(sniffEncoding(start, options.encoding));
      parser.write(decoder.decode(start, { stream: !last }));
      return;
    }
    parser.write(decoder.decode(chunk, { stream: !last }));
  };
  for (const chunk of chunks) {
    if (failed) break;
    bytes += chunk.length;
    feed(chunk, false);
  }
  if (bytes === 0) {
    report('EMPTY_FILE', 0, undefined, text.xesEmpty());
    return;
  }
  if (!failed) {
    feed(new Uint8Array(0), true);
    if (!failed) parser.close();
  }
  if (!failed && !sawLog) report('BAD_XML', 1, undefined, text.xesNoLog());
  else if (!failed && traces === 0) report('EMPTY_FILE', 0, undefined, text.xesNoTraces());
}
