import { parseArgs } from "node:util";
import type { RiskAnalysisDetail } from "../../shared/model/risk";
import type { Result } from "../../shared/result";
import { createAppCore } from "../core/appCore";
import { CommandFailure, readPasswordFromStdin, UsageError, usageErrorFrom } from "./cliIo";

/**
 * `npm run cli -- risk --vault DIR --user USERNAME --password-stdin --year YYYY --format json` prints
 * a year's risk analysis as the app holds it (RiskAnalysisDetail: assets, risks with their inherent
 * and residual ratings and levels, treatments, mitigation steps, readiness). Like `doctor`, it signs
 * in through the core's channels and then reads through the "risk.get" channel, so roles and
 * validation apply as in the app.
 */
type Command = (args: string[], context: { out: (line: string) => void }) => Promise<number>;

function unwrap<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  throw new CommandFailure(result.error.message);
}

const riskCommand: Command = async (args, { out }) => {
  let values;
  try {
    values = parseArgs({
      args,
      options: { vault: { type: "string" }, user: { type: "string" }, "password-stdin": { type: "boolean" }, year: { type: "string" }, format: { type: "string" } },
      strict: true,
    }).values;
  } catch (error) {
    throw usageErrorFrom(error);
  }
  for (const name of ["vault", "user", "password-stdin", "year", "format"] as const) {
    if (values[name] === undefined) throw new UsageError(`--${name} is required.`);
  }
  if (values.format !== "json") throw new UsageError(`--format must be json (got "${values.format}").`);
  if (!/^\d{4}$/.test(values.year!)) throw new UsageError(`--year needs a year like 2026 (got "${values.year}").`);
  const password = await readPasswordFromStdin();
  const core = createAppCore({ vaultDir: values.vault! });
  try {
    const status = unwrap<{ state: string; message?: string }>(await core.dispatch("vault.status", {}));
    if (status.state === "damaged") throw new CommandFailure(`The vault cannot be opened: ${status.message}`);
    if (status.state === "no-vault") throw new CommandFailure(`There is no vault in ${values.vault}.`);
    unwrap(await core.dispatch("session.unlock", { username: values.user, password }));
    const analysis = unwrap<RiskAnalysisDetail>(await core.dispatch("risk.get", { year: Number(values.year) }));
    unwrap(await core.dispatch("session.lock", { reason: "user" }));
    out(JSON.stringify(analysis, null, 2));
    return 0;
  } finally {
    core.close();
  }
};

export const riskCommands: Record<string, { run: Command; usage: string }> = {
  risk: { run: riskCommand, usage: "risk --vault DIR --user USERNAME --password-stdin --year YYYY --format json" },
};
