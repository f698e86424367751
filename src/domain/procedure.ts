// Procedure, step and role: the plain data an item's 办理规程 is made of, as read from a
// window's CSV. No logic here; every stage after import works on these shapes.

/**
 * What a step does; drives the gate rules of the required order (see the CSV contract's "Roles").
 * `submit` is the applicant's own act, `intake` the window's pre-check before 受理, `register` 登记 /
 * 归档, `notify` a notice (告知), `supervise` what comes after the outcome (事后监管), `other` a word
 * procopt does not know (no gate, never removed).
 */
export type Role =
  | 'submit'
  | 'intake'
  | 'accept'
  | 'register'
  | 'notify'
  | 'review'
  | 'inspect'
  | 'expert'
  | 'publicize'
  | 'hearing'
  | 'intermediary'
  | 'handoff'
  | 'approve'
  | 'deliver'
  | 'supervise'
  | 'other';

/**
 * Every role, in the order the CSV contract's roles table lists them. A step of several roles is
 * named (`Step.role`) by the one listed last here — "the first in the table's order from the bottom
 * up": approve before review, publicize before review, deliver before approve, …
 */
export const ROLES: readonly Role[] = [
  'submit',
  'intake',
  'accept',
  'register',
  'notify',
  'review',
  'inspect',
  'expert',
  'publicize',
  'hearing',
  'intermediary',
  'handoff',
  'approve',
  'deliver',
  'supervise',
  'other',
];

/** One step (环节) of an item's procedure. Times are working days, already converted from the row's unit. */
export interface Step {
  id: string;
  name: string;
  department: string;
  /**
   * The step's role: of `roles`, the one listed last in ROLES (the table's order from the bottom
   * up). It decides the default of countsTowardLimit.
   */
  role: Role;
  /**
   * Every role the step has, in ROLES order, without repeats; never empty; contains `role`. Several
   * where the type cell named several acts (审核并公示 → review, publicize).
   */
  roles: Role[];
  /**
   * The type cell (环节类型) as written; '' when it was empty or the file has no such column (the
   * role was then read from the step name, or from the department for the applicant's steps). The
   * CSV writer writes it back where it reads as `roles` again; a merged step joins its members'
   * words with `、`.
   */
  typeWord: string;
  /**
   * Processing time in working days (工作日), rounded to 0.01; 0 when the cell was empty or could
   * not be read.
   */
  durationDays: number;
  /**
   * Three-point estimate (最短时限 / 最长时限), working days rounded to 0.01: the shortest and longest
   * processing time, durationDays being the most likely one (min ≤ durationDays ≤ max). Both given
   * or both undefined; undefined: the time is certain. (Imported steps always carry the three
   * optional fields, undefined where absent, so that every step has one object shape.)
   */
  durationMin?: number;
  durationMax?: number;
  /**
   * The duration as the window wrote it where that was not in working days (`10 自然日`, `16 小时`):
   * the amount, its unit and the working days it was converted to (durationDays as read). Absent for
   * working days, for an empty or unreadable cell, and on steps a redesign made. Reports show it
   * beside the working days while the step still takes them.
   */
  durationWritten?: { amount: number; unit: 'calendar-day' | 'hour'; workdays: number };
  /** Hand-over / queue time before the step starts, working days, rounded to 0.01. */
  waitDays: number;
  /**
   * True when the step's time is unknown — its duration cell was empty or unreadable, or the file
   * has no duration column — so it counts as 0 and the item has incomplete durations. Never true
   * on a `submit` step (the applicant's own time) or a `supervise` step (after the outcome): their
   * empty time is 0, not unknown.
   */
  durationMissing: boolean;
  /**
   * Whether the step's time runs the statutory clock: the cell's value, else no for the roles
   * hearing, expert, intermediary (行政许可法 Art. 45) and submit (the applicant's time), else yes.
   */
  countsTowardLimit: boolean;
  /**
   * Declared order: steps that must finish before this one, as the procedure is written today. In a
   * file without a predecessors column, the item's previous row (its rows form a chain in file order).
   */
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
