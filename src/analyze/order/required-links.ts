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
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly kind: readonly LinkKind[];
  /** The material of a data or material link, else −1. */
  readonly material: readonly number[];
}

/**
 * The links of the item being worked out: the first `count` entries of lists kept from item to item,
 * so that the ~60 links of an item are not pushed onto four new lists each time (grown from 17 to 41
 * to 77 entries, two thirds of it garbage). finishLinks copies them out at their length.
 */
export interface LinkBuilder {
  readonly from: number[];
  readonly to: number[];
  readonly kind: LinkKind[];
  readonly material: number[];
  count: number;
}

const SHARED: LinkBuilder = { from: [], to: [], kind: [], material: [], count: 0 };

/** An empty builder (the one shared builder: one item's links are worked out at a time). */
export function startLinks(): LinkBuilder {
  SHARED.count = 0;
  return SHARED;
}

// Stryker disable next-line UnaryOperator: a link's material is read only for data and material links, which always pass one (equivalent)
export function addLink(links: LinkBuilder, from: number, to: number, kind: LinkKind, material = -1): void {
  // The count never passes the lists' length, so a write at the count either overwrites an earlier
  // item's entry or appends (as push does).
  const i = links.count++;
  links.from[i] = from;
  links.to[i] = to;
  links.kind[i] = kind;
  links.material[i] = material;
}

/** The builder's links as lists of their own. */
export function finishLinks(links: LinkBuilder): RequiredLinks {
  const n = links.count;
  return { from: links.from.slice(0, n), to: links.to.slice(0, n), kind: links.kind.slice(0, n), material: links.material.slice(0, n) };
}

/** The index of the first link from → to, or −1. */
export function findLink(links: RequiredLinks, from: number, to: number): number {
  for (let i = 0; i < links.from.length; i++) if (links.from[i] === from && links.to[i] === to) return i;
  return -1;
}
