import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ArchiveOutcome, BackupContents, BackupCredential, BackupRecord, ImportOutcome, RestoreOutcome, TableCount } from "../../shared/model/backup";
import type { Result } from "../../shared/result";
import { createAppCore, type AppCore } from "../core/appCore";
import { CommandFailure, readStdinLines, UsageError, usageErrorFrom } from "./cliIo";

/**
 * `backup`, `restore`, `export` and `import`: the same channels as the app, so roles, checks and the
 * audit log apply alike. Secrets come only from standard input, one per line:
 *
 *   backup  --vault DIR --to DIR --user NAME --password-stdin            stdin: password
 *   restore --from FILE --vault DIR --user NAME --password-stdin         stdin: a password of the backup's time
 *   restore --from FILE --vault DIR --recovery-key-stdin                 stdin: the recovery key of the backup's time
 *   export  --vault DIR --out FILE --user NAME --password-stdin          stdin: password, then the archive's new passphrase
 *   import  --from FILE --vault DIR --user NAME --password-stdin         stdin: password (from the old computer), then the passphrase
 *   import  --from FILE --vault DIR --recovery-key-stdin                 stdin: the recovery key, then the passphrase
 */
type Command = (args: string[], context: { out: (line: string) => void }) => Promise<number>;

const CREDENTIAL_OPTIONS: OptionSpec = { user: { type: "string" }, "password-stdin": { type: "boolean" }, "recovery-key-stdin": { type: "boolean" } };

type Values = Record<string, string | boolean | undefined>;
type OptionSpec = Record<string, { type: "string" | "boolean" }>;

function parse(args: string[], options: OptionSpec): Values {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values as Values;
  } catch (error) {
    throw usageErrorFrom(error);
  }
}

function required(values: Values, names: string[]): void {
  for (const name of names) if (values[name] === undefined) throw new UsageError(`--${name} is required.`);
}

/** A string option already checked with `required`. */
function text(values: Values, name: string): string {
  const value = values[name];
  if (typeof value !== "string") throw new UsageError(`--${name} is required.`);
  return value;
}

function unwrap<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  const fields = result.error.fields ? Object.values(result.error.fields).filter((message) => message !== result.error.message) : [];
  throw new CommandFailure([result.error.message, ...fields.map((message) => `  ${message}`)].join("\n"));
}

/** Reads the secrets for `--user NAME --password-stdin` or `--recovery-key-stdin`, then any more lines asked for. */
async function credentialFromStdin(
  values: Values,
  more: string[] = [],
): Promise<{ credential: BackupCredential; extra: string[] }> {
  const byKey = values["recovery-key-stdin"] === true;
  if (byKey && (values.user !== undefined || values["password-stdin"])) throw new UsageError("Give either --user with --password-stdin, or --recovery-key-stdin, not both.");
  if (!byKey) required(values, ["user", "password-stdin"]);
  const lines = await readStdinLines();
  const needed = 1 + more.length;
  if (lines.length < needed || lines.slice(0, needed).some((line) => line.length === 0)) {
    const names = [byKey ? "the recovery key" : "the password", ...more];
    throw new UsageError(`Standard input needs ${names.join(", then ")}, one per line.`);
  }
  const [secret, ...extra] = lines as [string, ...string[]];
  const credential: BackupCredential = byKey ? { kind: "recovery-key", recoveryKey: secret } : { kind: "password", username: text(values, "user"), password: secret };
  return { credential, extra };
}

async function withCore<T>(vaultDir: string, work: (core: AppCore) => Promise<T>): Promise<T> {
  const core = createAppCore({ vaultDir: resolve(vaultDir) });
  try {
    return await work(core);
  } finally {
    core.close();
  }
}

async function signIn(core: AppCore, vaultDir: string, username: string, password: string): Promise<void> {
  const status = unwrap<{ state: string; message?: string }>(await core.dispatch("vault.status", {}));
  if (status.state === "damaged") throw new CommandFailure(`The vault cannot be opened: ${status.message}`);
  if (status.state === "no-vault") throw new CommandFailure(`There is no vault in ${vaultDir}.`);
  unwrap(await core.dispatch("session.unlock", { username, password }));
}

function describeCounts(tables: TableCount[], out: (line: string) => void): void {
  for (const table of tables.filter((t) => t.rows > 0)) out(`  ${String(table.rows).padStart(7)}  ${table.label}`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

const backup: Command = async (args, { out }) => {
  const values = parse(args, { vault: { type: "string" }, to: { type: "string" }, user: { type: "string" }, "password-stdin": { type: "boolean" } });
  required(values, ["vault", "to", "user", "password-stdin"]);
  const [password] = await readStdinLines();
  if (!password) throw new UsageError("No password arrived on standard input.");
  const record = await withCore(text(values, "vault"), async (core) => {
    await signIn(core, text(values, "vault"), text(values, "user"), password);
    try {
      return unwrap<BackupRecord>(await core.dispatch("backup.create", { folder: resolve(text(values, "to")) }));
    } finally {
      await core.dispatch("session.lock", { reason: "user" });
    }
  });
  out(`Backed up the vault to ${record.path} (${megabytes(record.sizeBytes)}), and checked that the backup opens and is intact.`);
  out("It opens with the passwords and the recovery key in use today. Keep it somewhere other than this computer.");
  return 0;
};

const restore: Command = async (args, { out }) => {
  const values = parse(args, { from: { type: "string" }, vault: { type: "string" }, ...CREDENTIAL_OPTIONS });
  required(values, ["from", "vault"]);
  const { credential } = await credentialFromStdin(values);
  const file = resolve(text(values, "from"));
  return withCore(text(values, "vault"), async (core) => {
    const contents = unwrap<BackupContents>(await core.dispatch("backup.inspect", { file, credential }));
    out(`The backup of "${contents.practiceName}" made ${contents.createdAt} holds ${contents.totalRecords} records:`);
    describeCounts(contents.tables, out);
    const outcome = unwrap<RestoreOutcome>(await core.dispatch("backup.restore", { file, credential, backupId: contents.backupId }));
    out(`Restored it into ${resolve(text(values, "vault"))}.`);
    if (outcome.setAsideTo) out(`The vault that was there is kept, unchanged, in ${outcome.setAsideTo}.`);
    out("Sign in with a password that was in use when the backup was made.");
    return 0;
  });
};

const exportCommand: Command = async (args, { out }) => {
  const values = parse(args, { vault: { type: "string" }, out: { type: "string" }, user: { type: "string" }, "password-stdin": { type: "boolean" } });
  required(values, ["vault", "out", "user", "password-stdin"]);
  const file = resolve(text(values, "out"));
  if (existsSync(file)) throw new CommandFailure(`${file} already exists and was left as it is. Choose another --out.`);
  const lines = await readStdinLines();
  const [password, passphrase] = lines;
  if (!password || !passphrase) throw new UsageError("Standard input needs your password, then a passphrase for the archive, one per line.");
  const outcome = await withCore(text(values, "vault"), async (core) => {
    await signIn(core, text(values, "vault"), text(values, "user"), password);
    try {
      return unwrap<ArchiveOutcome>(await core.dispatch("archive.export", { file, password, passphrase }));
    } finally {
      await core.dispatch("session.lock", { reason: "user" });
    }
  });
  out(`Exported ${outcome.totalRecords} records to ${outcome.path} (${megabytes(outcome.sizeBytes)}), encrypted with the passphrase:`);
  describeCounts(outcome.tables, out);
  out("Import it on the other computer with: npm run cli -- import --from FILE --vault DIR --user NAME --password-stdin");
  return 0;
};

const importCommand: Command = async (args, { out }) => {
  const values = parse(args, { from: { type: "string" }, vault: { type: "string" }, ...CREDENTIAL_OPTIONS });
  required(values, ["from", "vault"]);
  const { credential, extra } = await credentialFromStdin(values, ["the archive's passphrase"]);
  const outcome = await withCore(text(values, "vault"), async (core) =>
    unwrap<ImportOutcome>(await core.dispatch("archive.import", { file: resolve(text(values, "from")), passphrase: extra[0]!, credential })),
  );
  out(`Imported ${outcome.totalRecords} records of "${outcome.practiceName}" into ${resolve(text(values, "vault"))}:`);
  describeCounts(outcome.tables, out);
  out("Everyone signs in with the password they had on the old computer; the recovery key is the same too.");
  return 0;
};

export const backupCommands: Record<string, { run: Command; usage: string }> = {
  backup: { run: backup, usage: "backup --vault DIR --to DIR --user USERNAME --password-stdin" },
  restore: { run: restore, usage: "restore --from FILE --vault DIR (--user USERNAME --password-stdin | --recovery-key-stdin)" },
  export: { run: exportCommand, usage: "export --vault DIR --out FILE --user USERNAME --password-stdin   (stdin: password, then the archive's passphrase)" },
  import: { run: importCommand, usage: "import --from FILE --vault DIR (--user USERNAME --password-stdin | --recovery-key-stdin)   (stdin: the secret, then the archive's passphrase)" },
};
