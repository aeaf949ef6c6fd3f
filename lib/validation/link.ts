import { z } from 'zod';
import type { RecordTypeName } from './records';

type Rule = { from: readonly RecordTypeName[]; to: readonly RecordTypeName[] };

const all = ['statement', 'conference', 'organisation', 'initiative', 'person', 'source', 'country'] as const;

/** Which record types each link role may join, from → to. */
export const linkRules = {
  SPEAKER: { from: ['statement'], to: ['person', 'organisation'] },
  MADE_AT: { from: ['statement'], to: ['conference'] },
  CONCERNS: { from: ['statement', 'conference'], to: ['initiative', 'country'] },
  ORGANISED_BY: { from: ['conference'], to: ['organisation'] },
  INITIATED_BY: { from: ['conference'], to: ['organisation'] },
  OPENED_BY: { from: ['conference'], to: ['person'] },
  SPOKE_AT: { from: ['person'], to: ['conference'] },
  PARTICIPATED_IN: { from: ['organisation', 'country', 'person'], to: ['conference', 'initiative'] },
  HELD_IN: { from: ['conference'], to: ['country'] },
  PART_OF: { from: ['organisation', 'conference', 'initiative'], to: ['organisation', 'conference', 'initiative'] },
  MEMBER_OF: { from: ['country', 'organisation'], to: ['organisation'] },
  PROPOSED_BY: { from: ['initiative'], to: ['organisation', 'country', 'person'] },
  ADOPTED_BY: { from: ['initiative'], to: ['organisation'] },
  BASED_IN: { from: ['organisation'], to: ['country'] },
  COOPERATES_WITH: { from: ['organisation'], to: ['organisation'] },
  GUIDED_BY: { from: ['organisation'], to: ['initiative'] },
  MENTIONS: { from: ['statement'], to: all },
} as const satisfies Record<string, Rule>;

export type LinkRoleName = keyof typeof linkRules;
export const linkRoleSchema = z.enum(Object.keys(linkRules) as [LinkRoleName, ...LinkRoleName[]]);

export function isLinkAllowed(role: LinkRoleName, from: RecordTypeName, to: RecordTypeName): boolean {
  const rule: Rule = linkRules[role];
  if (role === 'PART_OF' && from !== to) return false;
  return rule.from.includes(from) && rule.to.includes(to);
}
