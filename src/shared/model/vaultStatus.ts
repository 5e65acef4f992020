import type { Role } from "./roles";

/** Why a vault folder cannot be opened, each with its own message and way out. */
export const VAULT_PROBLEMS = [
  "missing-key-slots",
  "missing-database",
  "key-slots-unreadable",
  "database-unreadable",
  "mismatched",
  "too-new",
] as const;
export type VaultProblem = (typeof VAULT_PROBLEMS)[number];

export type VaultStatus =
  | { state: "no-vault"; folder: string }
  | { state: "locked"; folder: string; lockReason: LockReason | null }
  | { state: "unlocked"; folder: string; session: SessionInfo }
  | { state: "damaged"; folder: string; problem: VaultProblem; message: string };

export type LockReason = "user" | "idle" | "password-changed";

export interface SessionInfo {
  user: { id: string; username: string; fullName: string; title: string; role: Role };
  practiceName: string;
  idleLockMinutes: number;
  /** False until the recovery key shown at setup (or after replacing it) has been typed back. */
  recoveryKeyConfirmed: boolean;
  mustChangePassword: boolean;
  /** The vault holds the made-up sample practice; every screen says so. */
  samplePractice: boolean;
}

export interface RecoveryKeyIssued {
  recoveryKey: string;
  /** Which groups (0-based) the user must type back to show the key was written down. */
  confirmGroups: number[];
}
