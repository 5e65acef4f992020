import type { Result } from "../result";
import type { ReportKind, ReportProgress } from "../model/reports";
import type { LockReason } from "../model/vaultStatus";
import type { ChannelInput, ChannelName, ChannelOutput } from "./contract";

/** The Electron IPC channel names; the typed channels above all travel over INVOKE. */
export const IPC_INVOKE = "safeguard:invoke";
export const IPC_EVENT = "safeguard:event";

/** Things the main process tells the renderer without being asked. */
export type AppEvent = { type: "locked"; reason: LockReason } | ({ type: "report-progress"; kind: ReportKind } & ReportProgress);

/** The single object the preload exposes to the renderer as `window.safeguard`. */
export interface SafeguardApi {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
