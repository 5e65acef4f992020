import { MB } from "../../src/main/sample/tenYearPlan";
import { round, type Figure } from "./measure";
import { auditChainFigures } from "./scaleAudit";
import { scaleReportFigures } from "./scaleReports";
import { scaleEncryptionFigures, screenFigures } from "./scaleScreens";
import { vaultSizeFigures } from "./scaleSize";
import { unlockFigures } from "./scaleUnlock";
import type { BenchVault } from "./tenYearVault";

/**
 * The figures of issue 9 on the ten-year practice, which main.ts makes once for the run: unlock,
 * every screen's requests, encryption's cost, the audit chain check, the yearly report and the
 * binder, and the vault's size. `--quick` uses a three-year practice, and each figure's baseline
 * says so.
 */
export async function scaleFigures(vault: BenchVault, quick: boolean): Promise<Figure[]> {
  const screens = await screenFigures(vault, quick);
  return [
    {
      name: "tenYearGrowMs",
      value: round(vault.growMs, 0),
      unit: "ms",
      target: "(informational)",
      met: null,
      baseline: `making ${vault.describe}: the sample practice through the channels, then the history in bulk; ${round(vault.counts.attachmentBytes / MB, 0)} MB of files in ${vault.counts.attachments} attachments`,
    },
    ...(await unlockFigures(vault, quick)),
    ...screens.figures,
    ...(await scaleEncryptionFigures(vault, screens.calls, quick)),
    ...(await auditChainFigures(vault)),
    ...(await scaleReportFigures(vault, quick)),
    ...(await vaultSizeFigures(vault)),
  ];
}
