import type { VaultProblem } from "../../shared/model/vaultStatus";

/** A vault folder that cannot be opened as it is; the message is for the user. */
export class VaultDamagedError extends Error {
  constructor(
    readonly problem: VaultProblem,
    message: string,
  ) {
    super(message);
    this.name = "VaultDamagedError";
  }
}

export class WrongCredentialsError extends Error {
  constructor(message = "The username or password is not right.") {
    super(message);
    this.name = "WrongCredentialsError";
  }
}

export const VAULT_PROBLEM_MESSAGES: Record<VaultProblem, string> = {
  "missing-key-slots":
    "The practice database is here, but the file that holds the keys to open it (keyslots.json) is missing. Without it the database cannot be opened. Put the file back from a backup, or restore the whole vault from a backup.",
  "missing-database":
    "The keys are here, but the practice database (practice.sqlite) is missing. Put the file back from a backup, or restore the whole vault from a backup.",
  "key-slots-unreadable":
    "The file that holds the keys to the vault (keyslots.json) is damaged or was not written by Safeguard Desk. Restore it from a backup.",
  "database-unreadable":
    "The keys opened correctly, but the practice database is damaged, cut short, or is not a Safeguard Desk database. Restore it from a backup.",
  mismatched:
    "The practice database in this folder is not the one its key file belongs to: it was replaced, overwritten, or copied from another vault. Restore both files together from the same backup.",
  "too-new":
    "This vault was written by a newer version of Safeguard Desk. Install the newer version to open it; this version will not change it.",
};
