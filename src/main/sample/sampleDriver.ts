import type { ChannelInput, ChannelName, ChannelOutput } from "../../shared/ipc/contract";
import { VaultSession } from "../core/vaultSession";
import { createDispatcher } from "../ipc/dispatcher";
import { handlers } from "../ipc/handlers";
import type { VaultOptions } from "../vault/vault";

/**
 * Drives a vault through the same channels the app uses, so the sample's records pass every
 * validation and audit rule real records do. A failure stops the build with the channel's message.
 */
export class SampleDriver {
  readonly session: VaultSession;
  private readonly dispatch: ReturnType<typeof createDispatcher>;
  /** A bug (not a refusal) inside a handler, kept so the build's error names its cause. */
  private internalError: unknown = null;

  constructor(folder: string, options: VaultOptions = {}) {
    this.session = new VaultSession(folder, options);
    this.dispatch = createDispatcher(this.session, handlers, (error) => (this.internalError = error));
  }

  async must<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    this.internalError = null;
    const result = await this.dispatch(channel, input);
    if (!result.ok) {
      throw new Error(`The sample practice could not be made (${channel}): ${result.error.message}`, { cause: this.internalError ?? undefined });
    }
    return result.value as ChannelOutput<C>;
  }

  get db() {
    return this.session.requireSignedIn().vault.db;
  }

  close(): void {
    this.session.close();
  }
}
