import { z } from "zod";
import { normalizeRecoveryKey, recoveryKeyGroups } from "../../../../shared/model/recoveryKey";

export const groupField = (group: number) => `group${group}`;

/** "group 3 and group 9" for 0-based groups [2, 8]. */
export function describeGroups(groups: number[]): string {
  const names = groups.map((g) => `group ${g + 1}`);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Checks the typed groups here first, so a slip is pointed out at once; the main process checks them
 * again. Look-alike letters are read the way the key's alphabet intends (O as 0, I and L as 1).
 */
export function confirmSchema(recoveryKey: string, groups: number[]) {
  const expected = recoveryKeyGroups(recoveryKey);
  const shape: Record<string, z.ZodType<string, string>> = {};
  for (const group of groups) {
    shape[groupField(group)] = z
      .string()
      .trim()
      .min(1, `Type group ${group + 1} of the key.`)
      .refine(
        (typed) => normalizeRecoveryKey(typed) === expected[group],
        `That is not group ${group + 1}. Look at the key you wrote down and type group ${group + 1} again.`,
      );
  }
  return z.object(shape);
}
