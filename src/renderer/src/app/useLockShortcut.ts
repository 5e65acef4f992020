import { useEffect, useRef } from "react";

/** Ctrl+L (Cmd+L on a Mac) locks the app from anywhere. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "l";
}

export function useLockShortcut(enabled: boolean, onLock: () => void): void {
  const onLockRef = useRef(onLock);
  useEffect(() => {
    onLockRef.current = onLock;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      onLockRef.current();
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [enabled]);
}

/** "Ctrl+L", or "⌘L" on a Mac, for the hint beside the Lock button. */
export function lockShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘L" : "Ctrl+L";
}
