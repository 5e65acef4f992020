import { useEffect, useRef } from "react";

/** What counts as someone using the workstation. */
export const ACTIVITY_EVENTS = ["mousemove", "keydown", "pointerdown", "wheel", "touchstart"] as const;

/** The main process locks on its own if it hears nothing for the idle time; tell it at most this often. */
export const HEARTBEAT_MS = 30_000;

interface IdleLockOptions {
  enabled: boolean;
  minutes: number;
  /** Called once when nobody has touched the app for `minutes`. */
  onIdle: () => void;
  /** Called on input, at most once every HEARTBEAT_MS. */
  onActivity: () => void;
}

/**
 * Automatic logoff, 45 CFR 164.312(a)(2)(iii): lock the vault after a set time without input.
 * Only setTimeout and Date.now are used, so tests can move time forward with fake clocks.
 */
export function useIdleLock({ enabled, minutes, onIdle, onActivity }: IdleLockOptions): void {
  const onIdleRef = useRef(onIdle);
  const onActivityRef = useRef(onActivity);
  useEffect(() => {
    onIdleRef.current = onIdle;
    onActivityRef.current = onActivity;
  });

  useEffect(() => {
    if (!enabled) return;
    const limitMs = minutes * 60_000;
    let lastInput = Date.now();
    let lastHeartbeat = lastInput;
    let timer: ReturnType<typeof setTimeout> | undefined;

    // One timer at a time: when it fires early (there was input since), it waits only for the rest.
    const check = () => {
      const idleFor = Date.now() - lastInput;
      if (idleFor >= limitMs) {
        timer = undefined;
        onIdleRef.current();
      } else {
        timer = setTimeout(check, limitMs - idleFor);
      }
    };
    const onInput = () => {
      const now = Date.now();
      lastInput = now;
      if (now - lastHeartbeat >= HEARTBEAT_MS) {
        lastHeartbeat = now;
        onActivityRef.current();
      }
    };

    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    timer = setTimeout(check, limitMs);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [enabled, minutes]);
}
