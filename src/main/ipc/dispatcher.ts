import { type z } from "zod";
import { contract, isChannelName, type ChannelName } from "../../shared/ipc/contract";
import type { AppError, Result } from "../../shared/result";
import { AppFailure } from "../core/appFailure";
import type { VaultSession } from "../core/vaultSession";
import { VaultDamagedError, WrongCredentialsError } from "../vault/vaultErrors";
import { isDiskFull } from "../core/diskFull";
import { accessRefusal } from "./accessGate";
import type { Handler, Handlers } from "./handlers";

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * The main process's single entry: checks the channel exists, checks the caller may use it (signed
 * in, with the role it needs, not held to changing a reset password), validates the payload with the
 * channel's schema, runs the handler, and turns every outcome into a Result. Access comes before
 * validation so a caller refused the channel never gets its field-by-field expectations. Nothing
 * thrown reaches the caller, and no stack trace crosses to the renderer.
 */
export function createDispatcher(session: VaultSession, handlers: Handlers, reportInternalError: (error: unknown) => void): Dispatch {
  return async (channel, payload) => {
    if (!isChannelName(channel)) return failure("UNKNOWN_CHANNEL", unknownChannelMessage(channel));
    const spec = contract[channel];
    const refusal = accessRefusal(channel, spec.access, session);
    if (refusal) return { ok: false, error: refusal };
    const parsed = spec.input.safeParse(payload ?? {});
    if (!parsed.success) return validationFailure(parsed.error);
    if (spec.access !== "public") session.touch();
    try {
      const handler = handlers[channel] as Handler<ChannelName>;
      return { ok: true, value: await handler(parsed.data as never, session) };
    } catch (error) {
      return toFailure(error, reportInternalError);
    }
  };
}

/** Never String(channel): a channel sent as an object can make that throw, and nothing may throw here. */
function unknownChannelMessage(channel: unknown): string {
  return typeof channel === "string" ? `There is no operation called "${channel.slice(0, 80)}".` : "The request did not name an operation.";
}

function failure(code: AppError["code"], message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

function validationFailure(error: z.ZodError): Result<never> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "form";
    fields[path] ??= issue.message;
  }
  const first = error.issues[0]?.message ?? "Some information is missing or not valid.";
  const message = error.issues.length === 1 ? first : `Some information is missing or not valid: ${first}`;
  return failure("VALIDATION", message, fields);
}

function toFailure(error: unknown, reportInternalError: (error: unknown) => void): Result<never> {
  if (error instanceof AppFailure) return failure(error.code, error.message, error.fields);
  if (error instanceof WrongCredentialsError) return failure("WRONG_CREDENTIALS", error.message);
  if (error instanceof VaultDamagedError) return failure(error.problem === "too-new" ? "VAULT_TOO_NEW" : "VAULT_DAMAGED", error.message);
  if (isDiskFull(error)) {
    return failure("STORAGE", "The disk is full, so nothing was saved. Free some space and try again; what was stored before is safe.");
  }
  reportInternalError(error);
  return failure("INTERNAL", "Something went wrong and nothing was changed. If it happens again, run the vault check in Settings or call your IT provider.");
}
