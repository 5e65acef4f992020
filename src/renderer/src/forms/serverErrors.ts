import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { AppError } from "../../../shared/result";

/**
 * Puts the main process's per-field messages next to the matching fields and returns the message for
 * the form as a whole. `prefix` strips a path prefix ("admin.") when a form shows only part of a payload.
 * A field message that matches no field of this form is added to the form-level message so it is not lost.
 */
export function applyServerError<T extends FieldValues>(
  error: AppError,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
  prefix = "",
): string {
  const leftOver: string[] = [];
  for (const [key, message] of Object.entries(error.fields ?? {})) {
    const name = prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key;
    if (fieldNames.includes(name)) setError(name as Path<T>, { type: "server", message });
    else leftOver.push(message);
  }
  return [error.message, ...leftOver].join(" ");
}
