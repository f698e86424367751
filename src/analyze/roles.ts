// Roles as bits, and the groups of roles the analysis rules name (procedure-csv.md "Roles" and "What
// a redesign never does"). "An X step" means a step with X among its roles, so every rule tests a
// step's role bits against a group.

import { ROLES, type Role, type Step } from '../domain/index.js';

/** Bit of each role (its index in ROLES). */
export const ROLE_BIT: Readonly<Record<Role, number>> = Object.fromEntries(ROLES.map((r, i) => [r, 1 << i])) as Record<Role, number>;

/** The bits of the given roles. */
export function roleMask(...roles: Role[]): number {
  let mask = 0;
  for (const r of roles) mask |= ROLE_BIT[r];
  return mask;
}

/** A step's roles as bits. */
export function roleBitsOf(step: Pick<Step, 'roles'>): number {
  let bits = 0;
  for (const r of step.roles) bits |= ROLE_BIT[r];
  return bits;
}

/** No gate links a step with one of these roles, either way (procopt cannot judge what it does, or it is after the outcome). */
export const NO_GATE = roleMask('supervise', 'other');

/** The evidence an approve step waits for besides 公示 (the position-aware "other evidence → approve" gate). */
export const EVIDENCE = roleMask('review', 'inspect', 'intermediary', 'expert', 'hearing');

/** The law's absolute gates: 听证 and 专家评审 before every final decision (行政许可法 Arts. 45–48). */
export const ABSOLUTE = roleMask('hearing', 'expert');

/** Never removed, dropped or merged at all: legal acts, steps procopt cannot judge, the applicant's own acts. */
export const NEVER_MERGED = roleMask('submit', 'deliver', 'publicize', 'hearing', 'expert', 'inspect', 'notify', 'supervise', 'other');

/** Never removed, dropped or merged away (they may absorb a step: 受理 absorbs 收件, 审批 absorbs 审核). */
export const NEVER_MERGED_AWAY = NEVER_MERGED | roleMask('accept', 'approve');

/** A step keeps the applicant's visit only where its role needs the person there (最多跑一次). */
export const NEEDS_PERSON = roleMask('accept', 'inspect', 'hearing');

/** Where the applicant's materials arrive: the applicant's own acts, the window's pre-check, 受理. */
export const ARRIVAL = roleMask('submit', 'intake', 'accept');

/** Declared links touching a step with one of these roles are kept as required whatever lineage says. */
export const KEEP_LINKS = roleMask('submit', 'supervise', 'other');
