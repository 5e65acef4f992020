import { SAMPLE_SIGN_IN } from "../../shared/model/samplePractice";
import type { SessionInfo, VaultStatus } from "../../shared/model/vaultStatus";
import { dayInZone } from "../../shared/time/zonedTime";
import type { VaultSession } from "../core/vaultSession";
import { inspectVaultFolder } from "../vault/vault";
import { buildSamplePractice, SAMPLE_PROFILE } from "./buildSamplePractice";

/** The sample practice's folder: beside the practice's own vault folder, never inside it. */
export function sampleFolderFor(homeFolder: string): string {
  return `${homeFolder}-sample`;
}

/** Opens the sample practice, making it first if this computer has none yet. */
export async function openSample(session: VaultSession): Promise<SessionInfo> {
  const folder = sampleFolderFor(session.homeFolder);
  if (inspectVaultFolder(folder).state === "no-vault") {
    const year = Number(dayInZone(session.now(), SAMPLE_PROFILE.timeZone).slice(0, 4));
    await buildSamplePractice(folder, { ...SAMPLE_SIGN_IN, year, vault: session.vaultOptions });
  }
  session.switchFolder(folder);
  return session.unlock(SAMPLE_SIGN_IN.username, SAMPLE_SIGN_IN.password);
}

export function leaveSample(session: VaultSession): VaultStatus {
  if (session.folder !== session.homeFolder) session.switchFolder(session.homeFolder);
  return session.status();
}
