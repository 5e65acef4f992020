import { useCallback, useEffect, useMemo, useState } from "react";
import type { SafeguardApi } from "../../../shared/ipc/api";
import type { LockReason, SessionInfo } from "../../../shared/model/vaultStatus";
import { ApiContext, AppEventsContext } from "../api/ApiContext";
import { createClient } from "../api/client";
import type { Result } from "../../../shared/result";
import type { VaultStatus } from "../../../shared/model/vaultStatus";
import { AppShell } from "../frame/AppShell";
import { DEFAULT_AREA, areaHref } from "../frame/areas";
import { DamagedScreen } from "../screens/damaged/DamagedScreen";
import { LockScreen } from "../screens/lock/LockScreen";
import { MustChangePasswordScreen } from "../screens/lock/MustChangePasswordScreen";
import { SetupWizard } from "../screens/setup/SetupWizard";
import { LoadingScreen, UnavailableScreen } from "./StartupScreens";
import { useIdleLock } from "./useIdleLock";
import { useLockShortcut } from "./useLockShortcut";
import { openSession, screenForStatus, type VaultScreen } from "./vaultScreen";

/** The signed-in app that stays mounted (hidden) under the lock screen, so unsaved input survives. */
interface MountedApp {
  session: SessionInfo;
  /** Changes when a different user signs in, which remounts the app and drops the last user's input. */
  key: number;
  notice: string | null;
}

export const DISCARDED_NOTICE = "Unsaved changes from the previous session were discarded.";

export function App({ api }: { api: SafeguardApi }) {
  const [screen, setScreen] = useState<VaultScreen>({ kind: "loading" });
  const [mounted, setMounted] = useState<MountedApp | null>(null);
  const [idleMinutes, setIdleMinutes] = useState<number | null>(null);
  const client = useMemo(() => createClient(api), [api]);
  const subscribe = useCallback<SafeguardApi["onEvent"]>((listener) => api.onEvent(listener), [api]);
  const invoke = client.invoke;

  const enterApp = useCallback((session: SessionInfo) => {
    setIdleMinutes(session.idleLockMinutes);
    setScreen({ kind: "unlocked", session });
    // Someone who must change a password first sees only that form; whatever was open stays as it was.
    if (session.mustChangePassword) return;
    setMounted((previous) => {
      if (!previous) return { session, key: 1, notice: null };
      if (previous.session.user.id === session.user.id) return { ...previous, session };
      return { session, key: previous.key + 1, notice: DISCARDED_NOTICE };
    });
  }, []);

  const applyStatus = useCallback(
    (result: Result<VaultStatus>) => {
      if (!result.ok) {
        setScreen({ kind: "unavailable", message: result.error.message });
        return;
      }
      const next = screenForStatus(result.value);
      if (next.kind === "unlocked") {
        enterApp(next.session);
        return;
      }
      if (next.kind === "setup" || next.kind === "damaged") setMounted(null);
      setScreen(next);
    },
    [enterApp],
  );
  const showStatus = useCallback(() => invoke("vault.status", {}).then(applyStatus), [invoke, applyStatus]);

  const sessionEnded = useCallback(
    (reason: LockReason | null) => {
      // Without a reason (a LOCKED answer from some channel), ask the vault why it locked.
      if (reason === null) {
        void showStatus();
        return;
      }
      setScreen((previous) => (openSession(previous) || previous.kind === "locked" ? { kind: "locked", reason } : previous));
    },
    [showStatus],
  );
  useEffect(() => client.onSessionEnded(() => sessionEnded(null)), [client, sessionEnded]);
  useEffect(() => api.onEvent((event) => event.type === "locked" && sessionEnded(event.reason)), [api, sessionEnded]);

  const lock = useCallback(
    async (reason: "user" | "idle") => {
      await invoke("session.lock", { reason });
      sessionEnded(reason);
    },
    [invoke, sessionEnded],
  );

  useEffect(() => {
    let live = true;
    void invoke("vault.status", {}).then((result) => live && applyStatus(result));
    return () => {
      live = false;
    };
  }, [invoke, applyStatus]);

  // A different user starts on the Dashboard rather than on the page the last user had open.
  const mountKey = mounted?.key ?? 0;
  useEffect(() => {
    if (mountKey > 1) window.location.hash = areaHref(DEFAULT_AREA);
  }, [mountKey]);

  const active = openSession(screen);
  useIdleLock({
    enabled: active !== null,
    minutes: active?.idleLockMinutes ?? 10,
    onIdle: () => void lock("idle"),
    onActivity: () => void invoke("session.activity", {}),
  });
  useLockShortcut(active !== null, () => void lock("user"));

  const refreshSession = useCallback(async () => {
    const result = await invoke("session.current", {});
    if (result.ok) enterApp(result.value);
  }, [invoke, enterApp]);

  const appVisible = screen.kind === "unlocked" && !screen.session.mustChangePassword;
  const keepApp = mounted !== null && (screen.kind === "locked" || screen.kind === "unlocked");

  return (
    <ApiContext.Provider value={invoke}>
      <AppEventsContext.Provider value={subscribe}>
        {keepApp && mounted ? (
          <div className="app-host" hidden={!appVisible} inert={!appVisible}>
            <AppShell
              key={mounted.key}
              session={mounted.session}
              notice={mounted.notice}
              onDismissNotice={() => setMounted((m) => (m ? { ...m, notice: null } : m))}
              onLock={() => void lock("user")}
              onSessionEnded={sessionEnded}
              onRefreshSession={refreshSession}
            />
          </div>
        ) : null}
        {appVisible ? null : (
          <Cover
            screen={screen}
            idleMinutes={idleMinutes}
            lastUsername={mounted?.session.user.username ?? null}
            onRetry={showStatus}
            onSetupSession={(session) => {
              setIdleMinutes(session.idleLockMinutes);
              setScreen({ kind: "setup", session });
            }}
            onUnlocked={enterApp}
            onSessionEnded={sessionEnded}
          />
        )}
      </AppEventsContext.Provider>
    </ApiContext.Provider>
  );
}

interface CoverProps {
  screen: VaultScreen;
  idleMinutes: number | null;
  lastUsername: string | null;
  onRetry: () => Promise<void>;
  onSetupSession: (session: SessionInfo) => void;
  onUnlocked: (session: SessionInfo) => void;
  onSessionEnded: (reason: LockReason | null) => void;
}

/** Whatever stands in front of (or instead of) the signed-in app. */
function Cover({ screen, idleMinutes, lastUsername, onRetry, onSetupSession, onUnlocked, onSessionEnded }: CoverProps) {
  switch (screen.kind) {
    case "loading":
      return <LoadingScreen />;
    case "unavailable":
      return <UnavailableScreen message={screen.message} onRetry={onRetry} />;
    case "setup":
      return <SetupWizard onSessionStarted={onSetupSession} onDone={onRetry} onSampleOpened={onUnlocked} />;
    case "damaged":
      return <DamagedScreen folder={screen.folder} problem={screen.problem} message={screen.message} onStartAgain={onRetry} />;
    case "locked":
      return <LockScreen reason={screen.reason} idleMinutes={idleMinutes} lastUsername={lastUsername} onUnlocked={onUnlocked} onVaultProblem={() => void onRetry()} />;
    case "unlocked":
      return <MustChangePasswordScreen session={screen.session} onChanged={() => onSessionEnded("password-changed")} />;
  }
}
