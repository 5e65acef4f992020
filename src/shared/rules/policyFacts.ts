import type { OffsiteBackup, TailoredFact } from "../content/policies/types";
import type { AssetKind } from "../risk/assetKinds";

/**
 * What the policies need to know about how the practice works, read from the latest assessment's
 * answers and the latest risk analysis inventory. null means nothing says yet: the tailoring then
 * uses a default and tells the editor so.
 */
export interface PolicyFacts {
  portableComputers: boolean | null;
  mobileDevices: boolean | null;
  removableMedia: boolean | null;
  remoteAccess: boolean | null;
  emailsPatientInfo: boolean | null;
  onSiteServer: boolean | null;
  offsiteBackup: OffsiteBackup | null;
}

export const UNKNOWN_FACTS: PolicyFacts = {
  portableComputers: null,
  mobileDevices: null,
  removableMedia: null,
  remoteAccess: null,
  emailsPatientInfo: null,
  onSiteServer: null,
  offsiteBackup: null,
};

/** One asset of the risk analysis inventory, as far as the policies care. */
export interface InventoryItem {
  kind: AssetKind;
  name: string;
  vendorName: string;
}

type YesNoFact = Exclude<TailoredFact, "offsiteBackup">;

interface AnswerRule {
  questionId: string;
  /** Answers that say the practice has or does this. */
  yes: readonly string[];
  /** Answers that say it does not. Any other answer ("I don't know") says nothing. */
  no: readonly string[];
}

/** Which answers and inventory kinds decide each fact. The question ids and option values are the catalog's. */
export const FACT_SOURCES: Record<YesNoFact, { answers: readonly AnswerRule[]; inventoryKinds: readonly AssetKind[] }> = {
  portableComputers: {
    answers: [{ questionId: "q-310c-3", yes: ["secured", "usually", "no"], no: ["no-portable-devices"] }],
    inventoryKinds: ["laptop"],
  },
  mobileDevices: {
    answers: [{ questionId: "q-312a2iv-3", yes: ["yes", "some", "no"], no: ["no-mobile-devices"] }],
    inventoryKinds: ["mobile-device"],
  },
  removableMedia: {
    answers: [{ questionId: "q-312a2iv-2", yes: ["yes", "some", "no"], no: ["no-portable-media"] }],
    inventoryKinds: ["removable-media", "backup-drive"],
  },
  remoteAccess: {
    answers: [
      { questionId: "q-312a1-2", yes: ["controlled", "always-on", "uncontrolled"], no: ["no-remote-access"] },
      { questionId: "q-312e2ii-3", yes: ["encrypted", "unsure-some", "no"], no: ["no-remote-access"] },
    ],
    inventoryKinds: [],
  },
  emailsPatientInfo: {
    answers: [{ questionId: "q-312e2ii-1", yes: ["always", "sometimes", "never", "documented-alternative"], no: ["never-emailed"] }],
    inventoryKinds: [],
  },
  onSiteServer: {
    answers: [{ questionId: "q-310a2ii-2", yes: ["locked", "out-of-sight", "open"], no: ["cloud-only"] }],
    inventoryKinds: ["server"],
  },
};

const YES_NO_FACTS = Object.keys(FACT_SOURCES) as YesNoFact[];

/** Anything that says "yes" wins (a laptop in the inventory is a laptop); otherwise an answer saying "no"; otherwise unknown. */
function yesNoFact(fact: YesNoFact, answers: Readonly<Record<string, string | null | undefined>>, inventory: readonly InventoryItem[]): boolean | null {
  const sources = FACT_SOURCES[fact];
  const said = sources.answers.map((rule) => {
    const value = answers[rule.questionId];
    if (value && rule.yes.includes(value)) return true;
    if (value && rule.no.includes(value)) return false;
    return null;
  });
  if (said.includes(true) || inventory.some((item) => sources.inventoryKinds.includes(item.kind))) return true;
  if (said.includes(false)) return false;
  return null;
}

/** The online backup service, named by its vendor when the inventory says who it is; else a backup drive; else unknown. */
function offsiteBackupFact(inventory: readonly InventoryItem[]): OffsiteBackup | null {
  const online = inventory.filter((item) => item.kind === "online-backup");
  if (online.length > 0) {
    const vendor = online.map((item) => item.vendorName.trim()).find((name) => name.length > 0) ?? null;
    return { kind: "online", vendor };
  }
  if (inventory.some((item) => item.kind === "backup-drive")) return { kind: "drive" };
  return null;
}

/**
 * The facts from the assessment's answers (question id to option value; null or missing for no
 * answer) and the risk analysis inventory (active assets; empty when there is no analysis yet).
 */
export function policyFactsFrom(answers: Readonly<Record<string, string | null | undefined>>, inventory: readonly InventoryItem[]): PolicyFacts {
  const facts: PolicyFacts = { ...UNKNOWN_FACTS, offsiteBackup: offsiteBackupFact(inventory) };
  for (const fact of YES_NO_FACTS) facts[fact] = yesNoFact(fact, answers, inventory);
  return facts;
}
