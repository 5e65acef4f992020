/**
 * A recovery key is 32 random bytes written in Crockford's base 32 (no I, L, O or U, so it survives
 * being printed and typed back), in groups of four characters.
 */
export const RECOVERY_KEY_BYTES = 32;
export const RECOVERY_KEY_GROUP_LENGTH = 4;
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RECOVERY_KEY_LENGTH = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);
export const RECOVERY_KEY_GROUPS = Math.ceil(RECOVERY_KEY_LENGTH / RECOVERY_KEY_GROUP_LENGTH);

export function encodeRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return groupRecoveryKey(out);
}

export function groupRecoveryKey(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += RECOVERY_KEY_GROUP_LENGTH) groups.push(compact.slice(i, i + RECOVERY_KEY_GROUP_LENGTH));
  return groups.join("-");
}

/** Uppercases, drops spaces and dashes, and reads the look-alike letters the way Crockford intends. */
export function normalizeRecoveryKey(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function isWellFormedRecoveryKey(typed: string): boolean {
  const compact = normalizeRecoveryKey(typed);
  return compact.length === RECOVERY_KEY_LENGTH && [...compact].every((c) => ALPHABET.includes(c));
}

export function recoveryKeyGroups(key: string): string[] {
  const compact = normalizeRecoveryKey(key);
  return groupRecoveryKey(compact).split("-");
}
