import type { Database } from "better-sqlite3-multiple-ciphers";
import { parseArgs } from "node:util";
import { catalogAsJson } from "../../shared/catalog";
import { breachDeadlines } from "../../shared/rules/breachDeadlines";
import { isCalendarDate } from "../../shared/rules/calendarDates";
import type { VaultCheck } from "../../shared/model/vaultCheck";
import type { RecoveryKeyIssued } from "../../shared/model/vaultStatus";
import type { Result } from "../../shared/result";
import { createAppCore, type AppCore, type AppCoreOptions } from "../core/appCore";
import { AppFailure } from "../core/appFailure";
import { databaseProblems, inspectVault } from "../services/vaultCheckService";
import { CommandFailure, readPasswordFromStdin, UsageError, usageErrorFrom } from "./cliIo";
import { demoCommands } from "./demoCommand";
import { backupCommands } from "./backupCommands";
import { reportCommands } from "./reportCommands";
import { riskCommands } from "./riskCommand";

export interface CommandContext {
  out: (line: string) => void;
}

type Command = (args: string[], context: CommandContext) => Promise<number>;

function options<T extends Record<string, { type: "string" | "boolean"; short?: string }>>(args: string[], spec: T, required: (keyof T & string)[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: spec, allowPositionals: false, strict: true });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const values = parsed.values as { [K in keyof T]?: T[K]["type"] extends "string" ? string : boolean };
  for (const name of required) {
    if (values[name] === undefined) throw new UsageError(`--${name} is required.`);
  }
  return values;
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const details = result.error.fields ? Object.entries(result.error.fields).map(([field, message]) => `\n  ${field}: ${message}`).join("") : "";
  throw new CommandFailure(`${result.error.message}${details}`);
}

async function withCore<T>(coreOptions: AppCoreOptions, work: (core: AppCore) => Promise<T>): Promise<T> {
  const core = createAppCore(coreOptions);
  try {
    return await work(core);
  } finally {
    core.close();
  }
}

const init: Command = async (args, { out }) => {
  const values = options(
    args,
    {
      vault: { type: "string" },
      practice: { type: "string" },
      user: { type: "string" },
      "full-name": { type: "string" },
      kind: { type: "string" },
      address: { type: "string" },
      "time-zone": { type: "string" },
      workforce: { type: "string" },
      "security-official": { type: "string" },
      "password-stdin": { type: "boolean" },
    },
    ["vault", "practice", "user", "password-stdin"],
  );
  const password = await readPasswordFromStdin();
  const fullName = values["full-name"] ?? values.user!;
  return withCore({ vaultDir: values.vault! }, async (core) => {
    const issued = unwrap<RecoveryKeyIssued>(
      await core.dispatch("vault.create", {
        practice: {
          name: values.practice,
          kind: values.kind ?? "other",
          address: values.address ?? "",
          timeZone: values["time-zone"] ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          workforceCount: values.workforce ?? 1,
          securityOfficial: values["security-official"] ?? fullName,
        },
        admin: { username: values.user, fullName, title: "Security Official", role: "administrator", password },
      }) as Result<RecoveryKeyIssued>,
    );
    out(`Created the vault for "${values.practice}" in ${values.vault}, with Administrator "${values.user}".`);
    out("");
    out("Recovery key (print it, keep it somewhere safe; it is shown only once):");
    out(issued.recoveryKey);
    out("");
    out("If every password and this recovery key are lost, nobody can open the vault.");
    return 0;
  });
};

function describeCheck(check: VaultCheck): string[] {
  const lines: string[] = [];
  if (check.databaseProblems.length === 0) lines.push("Database: intact (SQLite integrity check passed).");
  else lines.push(`Database: ${check.databaseProblems.length} problem(s) found:`, ...check.databaseProblems.map((p) => `  ${p}`));
  if (check.audit.intact) lines.push(`Audit log: all ${check.audit.checked} entries intact; the hash chain is unbroken.`);
  else lines.push(`Audit log: BROKEN at entry ${check.audit.firstBrokenSeq}. ${check.audit.problem}`, `  (${check.audit.checked} entries before it are intact.)`);
  return lines;
}

const DAMAGED_DATABASE_ADVICE = [
  "Problems were found: the database is damaged. This check wrote nothing to the vault (not even a sign-in), so it is exactly as it was found.",
  "What to do: restore the most recent backup, or call your IT provider. Restoring sets the damaged vault aside, unchanged:",
  "  npm run cli -- restore --from BACKUP-FILE --vault DIR --user USERNAME --password-stdin",
  "Until then, keep a copy of the vault folder as it is, and do not use the app on it.",
];

const doctor: Command = async (args, { out }) => {
  const values = options(args, { vault: { type: "string" }, user: { type: "string" }, "password-stdin": { type: "boolean" } }, ["vault", "user", "password-stdin"]);
  const password = await readPasswordFromStdin();
  // SQLite's integrity check runs inside the sign-in, before it writes its entry: signing in, checking
  // and locking each append to the audit log, and writing into a damaged database can spread the damage.
  const found: { damaged?: VaultCheck } = {};
  const refuseDamagedDatabase = (db: Database) => {
    const problems = databaseProblems(db);
    if (problems.length === 0) return;
    found.damaged = inspectVault(db, problems);
    throw new AppFailure("VAULT_DAMAGED", "The database is damaged.");
  };
  return withCore({ vaultDir: values.vault!, inspectBeforeSignIn: refuseDamagedDatabase }, async (core) => {
    const status = unwrap(await core.dispatch("vault.status", {})) as { state: string; message?: string };
    if (status.state === "damaged") throw new CommandFailure(`The vault cannot be opened: ${status.message}`);
    if (status.state === "no-vault") throw new CommandFailure(`There is no vault in ${values.vault}.`);
    const unlocked = await core.dispatch("session.unlock", { username: values.user, password });
    if (found.damaged) {
      describeCheck(found.damaged).forEach((line) => out(line));
      DAMAGED_DATABASE_ADVICE.forEach((line) => out(line));
      return 1;
    }
    unwrap(unlocked);
    const check = unwrap(await core.dispatch("vault.check", {})) as VaultCheck;
    unwrap(await core.dispatch("session.lock", { reason: "user" }));
    describeCheck(check).forEach((line) => out(line));
    const healthy = check.databaseProblems.length === 0 && check.audit.intact;
    out(healthy ? "Everything checked out." : "Problems were found. Restore from a backup or call your IT provider.");
    return healthy ? 0 : 1;
  });
};

const catalogCommand: Command = async (args, { out }) => {
  const values = options(args, { format: { type: "string" } }, ["format"]);
  if (values.format !== "json") throw new UsageError(`--format must be json (got "${values.format}").`);
  out(JSON.stringify(catalogAsJson(), null, 2));
  return 0;
};

const breachDeadlinesCommand: Command = async (args, { out }) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { discovered: { type: "string" }, individuals: { type: "string" }, residents: { type: "string", multiple: true }, "business-associate": { type: "boolean" } },
      strict: true,
    });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const { discovered, individuals, residents = [], "business-associate": businessAssociate = false } = parsed.values;
  if (!discovered || !isCalendarDate(discovered)) throw new UsageError("--discovered needs a real date like 2026-04-15.");
  if (!individuals || !/^\d+$/.test(individuals)) throw new UsageError("--individuals needs a whole number of people.");
  const residentsByState: Record<string, number> = {};
  for (const entry of residents) {
    const match = /^([A-Za-z]{2,3})=(\d+)$/.exec(entry);
    if (!match) throw new UsageError(`--residents takes STATE=COUNT, like TX=120 (got "${entry}").`);
    residentsByState[match[1]!.toUpperCase()] = Number(match[2]);
  }
  out(JSON.stringify(breachDeadlines({ discovered, individuals: Number(individuals), residentsByState, businessAssociate }), null, 2));
  return 0;
};

export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  init: { run: init, usage: "init --vault DIR --practice NAME --user USERNAME --password-stdin [--full-name NAME] [--kind dental|medical|...] [--address TEXT] [--time-zone ZONE] [--workforce N] [--security-official NAME]" },
  doctor: { run: doctor, usage: "doctor --vault DIR --user USERNAME --password-stdin" },
  catalog: { run: catalogCommand, usage: "catalog --format json" },
  "breach-deadlines": {
    run: breachDeadlinesCommand,
    usage: "breach-deadlines --discovered YYYY-MM-DD --individuals N [--residents XX=N ...] [--business-associate]",
  },
  ...riskCommands,
  ...reportCommands,
  ...backupCommands,
  ...demoCommands,
};
