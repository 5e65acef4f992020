import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { vi } from "vitest";
import { ApiContext } from "../../src/renderer/src/api/ApiContext";
import type { Invoke } from "../../src/renderer/src/api/client";

/**
 * Renders a component with a stand-in for the main process. Only for renderer logic (validation,
 * focus, what is shown); the real handlers are exercised by the browser tests in test/e2e.
 */
export function renderWithInvoke(ui: ReactElement, answers: Partial<Record<string, unknown>> = {}): RenderResult & { invoke: ReturnType<typeof vi.fn> } {
  const invoke = vi.fn(async (channel: string) =>
    channel in answers ? answers[channel] : { ok: false, error: { code: "INTERNAL", message: `No answer for ${channel} in this test.` } },
  );
  const result = render(<ApiContext.Provider value={invoke as unknown as Invoke}>{ui}</ApiContext.Provider>);
  return Object.assign(result, { invoke });
}
