// Procedure, step and role: the plain data an item's 办理规程 is made of, as read from a
// window's CSV. No logic here; every stage after import works on these shapes.

/** What a step does; drives the gate rules of the required order (see the CSV contract). */
export type Role =
  | 'accept'
  | 'review'
  | 'inspect'
  | 'expert'
  | 'publicize'
  | 'hearing'
  | 'intermediary'
  | 'handoff'
  | 'approve'
  | 'deliver';

/** Every role, in the order the CSV contract lists them. */
export const ROLES: readonly Role[] = [
  'accept',
  'review',
  'inspect',
  'expert',
  'publicize',
  'hearing',
  'intermediary',
  'handoff',
  'approve',
  'deliver',
];

/** One step (环节) of an item's procedure. Times are working days, already converted from the row's unit. */
export interface Step {
  id: string;
  name: string;
  department: string;
  role: Role;
  /** Processing time in working days (工作日), rounded to 0.01; 0 when the cell was empty. */
  durationDays: number;
  /** Hand-over / queue time before the step starts, working days, rounded to 0.01. */
  waitDays: number;
  /** True when the duration cell was empty (the step counts as 0 and the item has incomplete durations). */
  durationMissing: boolean;
  /** Whether the step's time runs the statutory clock (行政许可法 Art. 45 exempts hearing, expert, intermediary). */
  countsTowardLimit: boolean;
  /** Declared order: steps that must finish before this one, as the procedure is written today. */
  predecessors: string[];
  /** Steps that law or regulation requires before this one (法定前置). */
  hardPredecessors: string[];
  /** Documents the step checks or uses. */
  inputs: string[];
  /** Documents the step produces. */
  outputs: string[];
  /** The applicant must come in person (到场). */
  applicantVisit: boolean;
  /** Non-empty: the step happens only when this condition holds. */
  condition: string;
  /** Step the application goes back to when this step finds it deficient (补正), or null. */
  returnTo: string | null;
  /** Columns the contract does not know, kept as written (column name → cell text). */
  attributes: Record<string, string>;
  /** CSV line of the step's row (header = line 1); 0 for steps made by a redesign. */
  line: number;
}

/** One approval item (事项) with its steps in file order. */
export interface Procedure {
  itemCode: string;
  itemName: string;
  /** Statutory limit in working days (法定时限), or null where not given. */
  legalLimitDays: number | null;
  /** Promised limit in working days (承诺时限), or null where not given. */
  promisedLimitDays: number | null;
  steps: Step[];
  /** Where the item was read from; file is the path as given, line the item's first row. */
  source: { file: string; line: number };
}
