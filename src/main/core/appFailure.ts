import type { ErrorCode } from "../../shared/result";

/** A refusal a service means the user to see: its code and message cross IPC as they are. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppFailure";
  }
}
