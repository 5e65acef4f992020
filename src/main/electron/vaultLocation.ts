import path from "node:path";

/** Set by tests and portable installs to keep the vault somewhere other than the user's profile. */
export const DATA_DIR_VARIABLE = "SAFEGUARD_DESK_DATA_DIR";

/**
 * Where the encrypted vault lives: the folder named by SAFEGUARD_DESK_DATA_DIR when it is set (made
 * absolute, so a relative value cannot follow the working directory around), otherwise
 * `<userData>/vault`.
 */
export function resolveVaultDir(env: Readonly<Record<string, string | undefined>>, userDataPath: string): string {
  const override = env[DATA_DIR_VARIABLE]?.trim();
  if (override) return path.resolve(override);
  return path.join(userDataPath, "vault");
}
