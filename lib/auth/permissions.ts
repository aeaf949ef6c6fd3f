/**
 * Who may do what: the one table every server action, data-layer write and admin page asks.
 * Pure data, so tests walk it against the real routes and actions.
 */
export const roles = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

export const permissions = {
  'admin.read': ['editor', 'reviewer', 'admin'],
  'record.create': ['editor', 'reviewer', 'admin'],
  'record.update': ['editor', 'reviewer', 'admin'],
  'record.submit': ['editor', 'reviewer', 'admin'],
  'record.publish': ['reviewer', 'admin'],
  'record.return': ['reviewer', 'admin'],
  'record.archive': ['reviewer', 'admin'],
  'record.unarchive': ['reviewer', 'admin'],
  'record.delete': ['reviewer', 'admin'],
  'record.undelete': ['reviewer', 'admin'],
  'revision.restore': ['reviewer', 'admin'],
  'audit.read': ['admin'],
  'alerts.read': ['admin'],
  'users.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && (permissions[permission] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
