import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_SIGNATURE_MEANING, isReportKind, REPORT_KINDS, type ExportedReport, type PdfVerification } from "../../shared/model/reports";
import type { ReportPeriod } from "../../shared/model/reportPeriod";
import type { Result } from "../../shared/result";
import { createAppCore, type AppCore } from "../core/appCore";
import { unavailableReason } from "../reports/documents";
import { verifyReport } from "../reports/reportService";
import { CommandFailure, EXIT_FAILURE, EXIT_OK, readPasswordFromStdin, UsageError, usageErrorFrom } from "./cliIo";

/**
 * `verify FILE.pdf [--vault DIR --user USERNAME --password-stdin]`: exit 0 only for a valid signature
 * over the whole, unaltered file. With a vault, also says whether the file is in its report register.
 *
 * `report KIND --vault DIR --user USERNAME --password-stdin --out FILE [--year YYYY | --from DATE --to DATE]
 * [--sign [--meaning TEXT]]`: makes a report through the same channels as the app (so roles, the
 * password re-check and the register apply) and writes it to FILE.
 */
type Command = (args: string[], context: { out: (line: string) => void }) => Promise<number>;

const CHANNEL_SPEC = { vault: { type: "string" }, user: { type: "string" }, "password-stdin": { type: "boolean" } } as const;

/** parseArgs's own complaints (an unknown option, a missing value) are usage errors. */
function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw usageErrorFrom(error);
  }
}

function unwrap<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  const fields = result.error.fields ? Object.values(result.error.fields).filter((message) => message !== result.error.message) : [];
  throw new CommandFailure([result.error.message, ...fields.map((message) => `  ${message}`)].join("\n"));
}

/** Signs in through the core, runs `work`, and always locks and closes again. */
async function signedIn<T>(vaultDir: string, username: string, password: string, work: (core: AppCore) => Promise<T>): Promise<T> {
  const core = createAppCore({ vaultDir });
  try {
    const status = unwrap<{ state: string; message?: string }>(await core.dispatch("vault.status", {}));
    if (status.state === "damaged") throw new CommandFailure(`The vault cannot be opened: ${status.message}`);
    if (status.state === "no-vault") throw new CommandFailure(`There is no vault in ${vaultDir}.`);
    unwrap(await core.dispatch("session.unlock", { username, password }));
    try {
      return await work(core);
    } finally {
      await core.dispatch("session.lock", { reason: "user" });
    }
  } finally {
    core.close();
  }
}

function requireVaultOptions(values: { vault?: string; user?: string; "password-stdin"?: boolean }): { vault: string; user: string } {
  for (const name of ["vault", "user", "password-stdin"] as const) {
    if (values[name] === undefined) throw new UsageError(`--${name} is required${name === "vault" ? "" : " with --vault"}.`);
  }
  return { vault: values.vault!, user: values.user! };
}

function describe(verification: PdfVerification, out: (line: string) => void): void {
  const labels: Record<PdfVerification["verdict"], string> = { valid: "VALID", altered: "ALTERED", invalid: "NOT VALID", "not-signed": "NOT SIGNED" };
  out(`${labels[verification.verdict]}: ${verification.headline}`);
  for (const detail of verification.details) out(`  ${detail}`);
  out(`  File SHA-256: ${verification.sha256} (${verification.byteSize.toLocaleString("en-US")} bytes)`);
}

const verify: Command = async (args, { out }) => {
  const { values, positionals } = asUsage(() => parseArgs({ args, options: CHANNEL_SPEC, allowPositionals: true, strict: true }));
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "Name the PDF file to check." : "Check one file at a time.");
  const file = positionals[0]!;
  const withVault = values.vault !== undefined || values.user !== undefined || values["password-stdin"] !== undefined;
  const vaultOptions = withVault ? requireVaultOptions(values) : null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CommandFailure(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "there is no such file" : (error as Error).message}.`);
  }
  let verification: PdfVerification;
  if (vaultOptions) {
    const password = await readPasswordFromStdin();
    verification = await signedIn(vaultOptions.vault, vaultOptions.user, password, async (core) =>
      unwrap<PdfVerification>(await core.dispatch("reports.verify", { pdfBase64: bytes.toString("base64") })),
    );
  } else {
    verification = verifyReport(null, bytes);
  }
  describe(verification, out);
  const auditLogAltered = verification.auditLog?.check && verification.auditLog.check.outcome !== "matches";
  return verification.verdict === "valid" && !auditLogAltered ? EXIT_OK : EXIT_FAILURE;
};

function periodFrom(values: { year?: string; from?: string; to?: string }): ReportPeriod {
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) throw new UsageError(`--year needs a year like 2025 (got "${values.year}").`);
    if (values.from !== undefined || values.to !== undefined) throw new UsageError("Give either --year or --from/--to, not both.");
    return { year: Number(values.year) };
  }
  for (const name of ["from", "to"] as const) {
    const value = values[name];
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--${name} needs a date like 2025-01-31 (got "${value}").`);
  }
  return { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
}

const report: Command = async (args, { out }) => {
  const options = {
    ...CHANNEL_SPEC,
    out: { type: "string" },
    year: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    sign: { type: "boolean" },
    meaning: { type: "string" },
  } as const;
  const { values, positionals } = asUsage(() => parseArgs({ args, options, allowPositionals: true, strict: true }));
  if (positionals.length !== 1) throw new UsageError(`Name one kind of report: ${REPORT_KINDS.join(", ")}.`);
  const kind = positionals[0]!;
  if (!isReportKind(kind)) throw new UsageError(`There is no report called "${kind}". The kinds are: ${REPORT_KINDS.join(", ")}.`);
  const notYet = unavailableReason(kind);
  if (notYet) throw new CommandFailure(notYet);
  const { vault, user } = requireVaultOptions(values);
  if (values.out === undefined) throw new UsageError("--out is required: the PDF file to write.");
  if (values.meaning !== undefined && !values.sign) throw new UsageError("--meaning goes with --sign.");
  const period = periodFrom(values);
  const password = await readPasswordFromStdin();
  const meaning = values.meaning ?? DEFAULT_SIGNATURE_MEANING;
  const exported = await signedIn(vault, user, password, async (core) =>
    unwrap<ExportedReport>(await core.dispatch("reports.export", { kind, period, ...(values.sign ? { sign: { password, meaning } } : {}) })),
  );
  try {
    writeFileSync(values.out, Buffer.from(exported.pdfBase64, "base64"), { flag: "wx" });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === "EEXIST";
    throw new CommandFailure(
      exists
        ? `${values.out} already exists and was left as it is. The report was made and registered (version ${exported.entry.version}); run the command again with another --out.`
        : `Could not write ${values.out}: ${(error as Error).message}`,
    );
  }
  const { entry } = exported;
  out(`Wrote ${entry.title}, ${entry.periodLabel}, version ${entry.version}, to ${values.out}.`);
  out(entry.signature ? `Signed by ${entry.signature.signedByName} as “${entry.signature.meaning}”.` : "Not signed (add --sign to sign it; an Administrator's password is needed).");
  out(`SHA-256: ${exported.sha256}`);
  out(`Recorded in the report register as report ${entry.id}.`);
  return EXIT_OK;
};

export const reportCommands: Record<string, { run: Command; usage: string }> = {
  verify: { run: verify, usage: "verify FILE.pdf [--vault DIR --user USERNAME --password-stdin]" },
  report: {
    run: report,
    usage: `report KIND --vault DIR --user USERNAME --password-stdin --out FILE.pdf [--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD] [--sign [--meaning TEXT]]  (KIND: ${REPORT_KINDS.join(", ")})`,
  },
};
