export const ROLES = ["administrator", "staff", "readonly"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: "Administrator",
  staff: "Staff",
  readonly: "Read-only",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  administrator: "Manages users and settings and signs reports. Usually the Security Official.",
  staff: "Adds and edits records.",
  readonly: "Can look at everything but change nothing, for an auditor or a consultant.",
};

/**
 * What a channel needs from the signed-in user. "public" channels work while the vault is locked
 * (status, setup, unlock); every other level needs an unlocked session.
 */
export type AccessLevel = "public" | "read" | "edit" | "admin";

const ROLE_RANK: Record<Role, number> = { readonly: 1, staff: 2, administrator: 3 };
const LEVEL_RANK: Record<Exclude<AccessLevel, "public">, number> = { read: 1, edit: 2, admin: 3 };

export function roleMayUse(role: Role, level: AccessLevel): boolean {
  return level === "public" || ROLE_RANK[role] >= LEVEL_RANK[level];
}
