// @vitest-environment jsdom
import { cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HEARTBEAT_MS, useIdleLock } from "../../src/renderer/src/app/useIdleLock";
import { isLockShortcut, useLockShortcut } from "../../src/renderer/src/app/useLockShortcut";

function IdleProbe(props: { enabled?: boolean; minutes: number; onIdle: () => void; onActivity: () => void }) {
  useIdleLock({ enabled: props.enabled ?? true, ...props });
  return null;
}

function ShortcutProbe({ onLock }: { onLock: () => void }) {
  useLockShortcut(true, onLock);
  return null;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("useIdleLock", () => {
  it("calls onIdle once after the set minutes without input", () => {
    const onIdle = vi.fn();
    render(<IdleProbe minutes={2} onIdle={onIdle} onActivity={vi.fn()} />);
    vi.advanceTimersByTime(2 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it("counts the idle time again from the last input", () => {
    const onIdle = vi.fn();
    render(<IdleProbe minutes={1} onIdle={onIdle} onActivity={vi.fn()} />);
    vi.advanceTimersByTime(50_000);
    fireEvent.keyDown(window, { key: "a" });
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    fireEvent.pointerDown(window);
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it("tells the main process about activity at most once every 30 seconds", () => {
    const onActivity = vi.fn();
    render(<IdleProbe minutes={10} onIdle={vi.fn()} onActivity={onActivity} />);
    fireEvent.mouseMove(window);
    expect(onActivity).not.toHaveBeenCalled(); // it just heard from us when the session began
    vi.advanceTimersByTime(HEARTBEAT_MS);
    fireEvent.mouseMove(window);
    fireEvent.wheel(window);
    fireEvent.keyDown(window, { key: "b" });
    expect(onActivity).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(HEARTBEAT_MS - 1);
    fireEvent.mouseMove(window);
    expect(onActivity).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    fireEvent.touchStart(window);
    expect(onActivity).toHaveBeenCalledTimes(2);
  });

  it("does nothing while disabled, and starts over when the minutes change", () => {
    const onIdle = vi.fn();
    const { rerender } = render(<IdleProbe enabled={false} minutes={1} onIdle={onIdle} onActivity={vi.fn()} />);
    vi.advanceTimersByTime(5 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    rerender(<IdleProbe enabled minutes={10} onIdle={onIdle} onActivity={vi.fn()} />);
    vi.advanceTimersByTime(5 * 60_000);
    rerender(<IdleProbe enabled minutes={1} onIdle={onIdle} onActivity={vi.fn()} />);
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});

describe("the lock shortcut", () => {
  it("is Ctrl+L, or Cmd+L on a Mac, and nothing else", () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent("keydown", init);
    expect(isLockShortcut(key({ key: "l", ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key({ key: "L", ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key({ key: "l", metaKey: true }))).toBe(true);
    expect(isLockShortcut(key({ key: "l" }))).toBe(false);
    expect(isLockShortcut(key({ key: "l", ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLockShortcut(key({ key: "k", ctrlKey: true }))).toBe(false);
  });

  it("locks from anywhere on the page and keeps the browser from acting on it", () => {
    const onLock = vi.fn();
    render(<ShortcutProbe onLock={onLock} />);
    const input = document.body.appendChild(document.createElement("input"));
    const event = new KeyboardEvent("keydown", { key: "l", ctrlKey: true, bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    expect(onLock).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    input.remove();
  });
});
