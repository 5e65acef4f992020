import { afterEach } from "vitest";
import type { ChannelInput, ChannelName, ChannelOutput } from "../../src/shared/ipc/contract";
import type { Result } from "../../src/shared/result";
import { createAppCore, type AppCore, type AppCoreOptions } from "../../src/main/core/appCore";
import { FAST_TEST_KDF } from "../../src/main/vault/kdf";
import { makeTempDir } from "./tempVault";

export const ADMIN = { username: "maria", fullName: "Maria Lopez", title: "Office Manager", password: "correct horse battery" };

export const PRACTICE = {
  name: "Smile Dental",
  kind: "dental" as const,
  address: "12 Main Street, Springfield",
  timeZone: "America/Chicago",
  workforceCount: 8,
  securityOfficial: "Maria Lopez",
  sponsorsGroupHealthPlan: false,
  isPartOfClearinghouse: false,
};

/** A core on a fresh temporary vault folder, with a typed `call` that returns the whole Result. */
export function testCore(options: Partial<AppCoreOptions> = {}) {
  const folder = makeTempDir();
  const core: AppCore = createAppCore({ vaultDir: folder.path, kdf: FAST_TEST_KDF, reportInternalError: () => undefined, ...options });
  const call = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => core.dispatch(channel, input) as Promise<Result<ChannelOutput<C>>>;
  /** Calls a channel that must succeed, and returns its value. */
  const must = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const setUp = async () => must("vault.create", { practice: PRACTICE, admin: { ...ADMIN, role: "administrator" } });
  return {
    core,
    folder: folder.path,
    call,
    must,
    setUp,
    dispose() {
      core.close();
      folder.remove();
    },
  };
}

/**
 * What a test file makes for each test (vaults, folders), undone after that test. Call it once at the
 * top of the file: `newCore` is testCore() disposed of afterwards, `afterThisTest` queues any other undo.
 */
export function perTestCleanup() {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((clean) => clean()));
  const afterThisTest = (clean: () => void) => {
    cleanups.push(clean);
  };
  const newCore = (options: Partial<AppCoreOptions> = {}) => {
    const c = testCore(options);
    afterThisTest(() => c.dispose());
    return c;
  };
  return { newCore, afterThisTest };
}
