import type messages from '@/messages/en.json';
import type { LinkView } from '@/lib/data/record-shapes';
import type { LinkRoleName } from '@/lib/validation/link';
import type { RecordTypeName } from '@/lib/validation/records';

export type LinkLabelKey = keyof (typeof messages)['Record']['links'];
type Direction = LinkView['direction'];

/**
 * The heading each link gets on a record page, by role and by which end the page stands on:
 * a statement's SPEAKER (out) is its "Speaker", a person's SPEAKER (in) are their "Statements".
 * Typed against lib/validation/link.ts, so a new role fails to compile until it has both labels.
 */
export const linkLabels = {
  SPEAKER: { out: 'speaker', in: 'statements' },
  MADE_AT: { out: 'madeAt', in: 'statementsMadeHere' },
  CONCERNS: { out: 'concerns', in: 'concernedBy' },
  ORGANISED_BY: { out: 'organisedBy', in: 'organised' },
  INITIATED_BY: { out: 'initiatedBy', in: 'initiated' },
  OPENED_BY: { out: 'openedBy', in: 'opened' },
  SPOKE_AT: { out: 'spokeAt', in: 'speakers' },
  PARTICIPATED_IN: { out: 'participatedIn', in: 'participants' },
  HELD_IN: { out: 'heldIn', in: 'heldHere' },
  PART_OF: { out: 'partOf', in: 'parts' },
  MEMBER_OF: { out: 'memberOf', in: 'members' },
  PROPOSED_BY: { out: 'proposedBy', in: 'proposed' },
  ADOPTED_BY: { out: 'adoptedBy', in: 'adopted' },
  BASED_IN: { out: 'basedIn', in: 'basedHere' },
  // Cooperation is mutual: both ends read the same, and the page merges them into one group.
  COOPERATES_WITH: { out: 'cooperatesWith', in: 'cooperatesWith' },
  GUIDED_BY: { out: 'guidedBy', in: 'guides' },
  MENTIONS: { out: 'mentions', in: 'mentionedIn' },
} as const satisfies Record<LinkRoleName, Record<Direction, LinkLabelKey>>;

export function linkLabel(link: Pick<LinkView, 'role' | 'direction'>): LinkLabelKey {
  return linkLabels[link.role][link.direction];
}

/** What a reader of each type looks for first; groups not named here follow in role order. */
export const groupOrder: Record<RecordTypeName, LinkLabelKey[]> = {
  statement: ['speaker', 'madeAt', 'concerns', 'mentions', 'mentionedIn'],
  conference: ['organisedBy', 'initiatedBy', 'openedBy', 'speakers', 'participants', 'heldIn', 'partOf', 'parts', 'concerns', 'statementsMadeHere', 'mentionedIn'],
  organisation: ['statements', 'organised', 'initiated', 'participatedIn', 'proposed', 'adopted', 'guidedBy', 'partOf', 'parts', 'memberOf', 'members', 'basedIn', 'cooperatesWith', 'mentionedIn'],
  initiative: ['proposedBy', 'adoptedBy', 'participants', 'guides', 'partOf', 'parts', 'concernedBy', 'mentionedIn'],
  person: ['statements', 'spokeAt', 'opened', 'participatedIn', 'proposed', 'mentionedIn'],
  country: ['concernedBy', 'heldHere', 'participatedIn', 'memberOf', 'basedHere', 'proposed', 'mentionedIn'],
  source: [],
};
