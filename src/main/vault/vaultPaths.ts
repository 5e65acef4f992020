import { join } from "node:path";

/** The files of one vault folder. The key slots live beside the database because they open it. */
export interface VaultPaths {
  folder: string;
  database: string;
  keySlots: string;
  loginAttempts: string;
}

export function vaultPaths(folder: string): VaultPaths {
  return {
    folder,
    database: join(folder, "practice.sqlite"),
    keySlots: join(folder, "keyslots.json"),
    loginAttempts: join(folder, "login-attempts.json"),
  };
}
