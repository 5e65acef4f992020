/** The same message wherever a new password is typed twice. */
export const PASSWORD_MISMATCH = "The two passwords do not match. Type the same password in both boxes.";

/**
 * Options for a zod `.refine` that compares a password with its confirmation. `when` lets the check run
 * even while other fields still have problems, so the mismatch is reported at the same time.
 */
export function confirmRefinement(passwordKey: string, confirmKey: string) {
  return {
    message: PASSWORD_MISMATCH,
    path: [confirmKey],
    when: (payload: { value: unknown }) => {
      const value = payload.value as Record<string, unknown> | undefined;
      return typeof value?.[passwordKey] === "string" && typeof value?.[confirmKey] === "string";
    },
  };
}

export function passwordsMatch(passwordKey: string, confirmKey: string) {
  return (value: Record<string, unknown>) => value[passwordKey] === value[confirmKey];
}
