/**
 * The child process of the SIGKILL test (killDuringWrites.test.ts): opens an existing vault through
 * the real core, then changes it as fast as it can through the same channels as the app (new accounts,
 * which also rewrite keyslots.json; evidence files, which are large BLOBs; the practice profile; and
 * now and then a backup), printing one line per change only after the channel answered that it was
 * saved. The parent kills it at a random moment and checks that every printed change is there.
 *
 *   tsx writeWorker.ts VAULT_DIR RUN BACKUP_DIR
 */
import { randomBytes } from "node:crypto";
import { createAppCore } from "../../../src/main/core/appCore";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import type { Result } from "../../../src/shared/result";

const [vaultDir, run, backupDir] = process.argv.slice(2) as [string, string, string];
const PRACTICE = {
  name: "Smile Dental",
  kind: "dental",
  address: "start",
  timeZone: "America/Chicago",
  workforceCount: 8,
  securityOfficial: "Maria Lopez",
  sponsorsGroupHealthPlan: false,
  isPartOfClearinghouse: false,
};

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function must<T>(answer: Promise<Result<unknown>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function main(): Promise<void> {
  const core = createAppCore({ vaultDir, kdf: FAST_TEST_KDF, reportInternalError: (error) => process.stderr.write(`internal: ${String(error)}\n`) });
  await must(core.dispatch("session.unlock", { username: "maria", password: "correct horse battery" }));
  const [assessment] = await must<{ id: string }[]>(core.dispatch("assessment.list", {}));
  say("READY");
  for (let i = 0; ; i++) {
    const marker = `r${run}n${i}`;
    switch (i % 7) {
      case 0:
      case 3:
        await must(core.dispatch("users.create", { username: marker, fullName: `Person ${marker}`, title: "", role: "staff", password: `password ${marker}` }));
        say(`COMMITTED user ${marker}`);
        break;
      case 1:
      case 4: {
        const content = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(50_000 + Math.floor(Math.random() * 150_000))]);
        await must(
          core.dispatch("evidence.attach", {
            assessmentId: assessment!.id,
            questionId: "q-308a7iiA-1",
            fileName: `${marker}.pdf`,
            mimeType: "application/pdf",
            contentBase64: content.toString("base64"),
          }),
        );
        say(`COMMITTED evidence ${marker}.pdf`);
        break;
      }
      case 2:
      case 5:
        await must(core.dispatch("practice.update", { ...PRACTICE, address: `address ${run} ${i}` }));
        say(`COMMITTED address ${run} ${i}`);
        break;
      default:
        await must(core.dispatch("backup.create", { folder: backupDir }));
        say(`COMMITTED backup ${marker}`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`worker failed: ${String(error)}\n`);
  process.exitCode = 1;
});
