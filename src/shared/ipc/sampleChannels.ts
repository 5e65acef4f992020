import { z } from "zod";
import type { SessionInfo, VaultStatus } from "../model/vaultStatus";
import { channel } from "./channel";

const nothing = z.object({}).strict();

/** Visiting the sample practice, which lives in a vault of its own beside the practice's. */
export const sampleChannels = {
  /** Locks the practice's vault and opens the sample (made the first time), signed in with its published account. */
  "sample.open": channel<SessionInfo>()(nothing, "public"),
  /** Leaves the sample for the practice's own vault, which is then locked (or not set up yet). */
  "sample.leave": channel<VaultStatus>()(nothing, "public"),
} as const;
