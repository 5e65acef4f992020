/** The error codes that cross from the main process to the renderer. Messages are written for the user. */
export const ERROR_CODES = [
  "VALIDATION",
  "UNKNOWN_CHANNEL",
  "LOCKED",
  "FORBIDDEN",
  /** The signed-in user's password was reset by an Administrator and must be changed before anything else. */
  "PASSWORD_CHANGE_REQUIRED",
  "WRONG_CREDENTIALS",
  "RATE_LIMITED",
  "NOT_FOUND",
  "CONFLICT",
  "VAULT_EXISTS",
  "VAULT_MISSING",
  "VAULT_DAMAGED",
  "VAULT_TOO_NEW",
  "STORAGE",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Per-field messages for a form, keyed by the field's path ("admin.password"). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});
