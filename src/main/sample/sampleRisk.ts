import type { RiskPairView } from "../../shared/model/risk";
import { pairInputOf } from "../../shared/risk/pairInput";
import { riskLevel } from "../../shared/risk/riskMatrix";
import type { Rating } from "../../shared/risk/riskScale";
import { suggestPairs } from "../../shared/risk/suggestedPairs";
import type { SampleDriver } from "./sampleDriver";

const LAST_YEAR_ASSETS = ["practice-management", "imaging-software", "front-desk-workstations", "doctor-laptop", "office-server", "online-backup", "fax"];

/** What a small office typically has in place, so the register reads like a real one. */
const CONTROLS: Record<string, string> = {
  ransomware: "Nightly online backup kept 30 days; antivirus on every computer; staff warned about attachments.",
  phishing: "Spam filtering on the practice e-mail; yearly phishing training.",
  "lost-stolen-device": "Laptop has a password; it stays in the locked office overnight.",
  "hardware-failure": "Server under warranty; nightly online backup.",
};

function suggestedPairsFor(kind: Parameters<typeof suggestPairs>[0]) {
  return suggestPairs(kind).map((suggestion) => ({
    threatId: suggestion.threatId,
    vulnerability: suggestion.vulnerability,
    controlQuestionIds: suggestion.controlQuestionIds,
    inherentLikelihood: suggestion.inherentLikelihood,
    inherentImpact: suggestion.inherentImpact,
  }));
}

/**
 * Rates each risk one step less likely with today's safeguards than without them; a high or critical
 * one gets a step to reduce it, the others are accepted with a short reason.
 */
async function rateAndTreat(driver: SampleDriver, year: number, pairs: RiskPairView[]): Promise<void> {
  for (const pair of pairs) {
    const likelihood = Math.max(1, (pair.inherent.likelihood ?? 3) - 1) as Rating;
    const impact = (pair.inherent.impact ?? 3) as Rating;
    const level = riskLevel(likelihood, impact);
    const serious = level === "high" || level === "critical";
    const updated = await driver.must("risk.pairs.update", {
      id: pair.id,
      pair: pairInputOf(pair, {
        controls: (pair.threatId && CONTROLS[pair.threatId]) || "Covered by the practice's general safeguards: passwords, locked office, antivirus.",
        residualLikelihood: likelihood,
        residualImpact: impact,
        treatment: serious ? "mitigate" : "accept",
        treatmentNote: serious ? "" : "Low enough with the safeguards in place; looked at again next year.",
      }),
    });
    if (serious) {
      await driver.must("risk.mitigations.add", {
        pairId: updated.id,
        title: `Reduce "${updated.threatName}" on ${updated.assetName}`,
        dueDate: `${year}-09-30`,
        notes: "Agreed with the IT provider at the yearly review.",
      });
    }
  }
}

/** Last year's analysis, finalized; this year's carried forward with a new sensor and the fax retired. */
export async function buildSampleRiskAnalyses(driver: SampleDriver, year: number): Promise<void> {
  const last = year - 1;
  await driver.must("risk.start", { year: last });
  await driver.must("risk.update", {
    year: last,
    scope: "Every system, device, vendor and place where Smile Dental creates, receives, keeps or sends patient information, at the one office.",
    dataCollection: "Walk-through of the office with the IT provider, the vendor list, and interviews with the front desk and the hygienists.",
  });
  const assets = await driver.must("risk.assets.addFromTemplates", { year: last, templateIds: LAST_YEAR_ASSETS });
  for (const asset of assets) {
    await driver.must("risk.pairs.add", {
      assetId: asset.id,
      pairs: suggestedPairsFor(asset.kind),
    });
  }
  await rateAndTreat(driver, last, (await driver.must("risk.get", { year: last })).pairs);
  await driver.must("risk.finalize", { year: last });
  // Most of last year's steps were carried out; one slipped and is still open.
  const steps = (await driver.must("risk.get", { year: last })).pairs.flatMap((pair) => pair.mitigations);
  for (const step of steps.slice(1)) {
    await driver.must("actionItems.update", { id: step.id, status: "done", notes: "Done with the IT provider; checked at the quarterly review." });
  }

  const current = await driver.must("risk.start", { year, copyFromYear: last });
  const fax = current.assets.find((asset) => asset.templateId === "fax");
  if (fax) await driver.must("risk.assets.retire", { id: fax.id, reason: "Replaced by the e-fax feature of the practice management software in March." });
  const [sensors] = await driver.must("risk.assets.addFromTemplates", { year, templateIds: ["intraoral-sensors"] });
  await driver.must("risk.pairs.add", {
    assetId: sensors!.id,
    pairs: suggestedPairsFor(sensors!.kind),
  });
  await driver.must("risk.triggers.add", { kind: "new-system", note: "New intraoral sensors in both operatories.", occurredOn: `${year}-02-15` });
}
