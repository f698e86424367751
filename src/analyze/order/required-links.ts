// The links of the required order as they are found, each with the rule that made it (for the
// messages of order gaps and conflicts): parallel arrays, duplicates allowed (a pair may be required
// for several reasons; the first one found names it).

/** Why a link is required: evidence (data, the applicant's materials, 法定前置, a decision's notice, a declared link lineage cannot vouch to drop) or a gate. */
export type LinkKind =
  | 'data'
  | 'material'
  | 'hard'
  | 'notice'
  | 'declared'
  | 'absolute'
  | 'application'
  | 'intake'
  | 'accept'
  | 'publicize'
  | 'evidence'
  | 'deliver'
  | 'publication';

/** Required links in the order they were found. */
export interface RequiredLinks {
  readonly from: number[];
  readonly to: number[];
  readonly kind: LinkKind[];
  /** The material of a data or material link, else −1. */
  readonly material: number[];
}

export function createRequiredLinks(): RequiredLinks {
  return { from: [], to: [], kind: [], material: [] };
}

// Stryker disable next-line UnaryOperator: a link's material is read only for data and material links, which always pass one (equivalent)
export function addLink(links: RequiredLinks, from: number, to: number, kind: LinkKind, material = -1): void {
  links.from.push(from);
  links.to.push(to);
  links.kind.push(kind);
  links.material.push(material);
}

/** The index of the first link from → to, or −1. */
export function findLink(links: RequiredLinks, from: number, to: number): number {
  for (let i = 0; i < links.from.length; i++) if (links.from[i] === from && links.to[i] === to) return i;
  return -1;
}
