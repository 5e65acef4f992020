import { createContext, useContext, useEffect, useRef } from "react";
import type { AppEvent, SafeguardApi } from "../../../shared/ipc/api";
import type { Invoke } from "./client";

export const ApiContext = createContext<Invoke | null>(null);

export function useInvoke(): Invoke {
  const invoke = useContext(ApiContext);
  if (!invoke) throw new Error("useInvoke must be used inside <ApiContext.Provider>.");
  return invoke;
}

type Subscribe = SafeguardApi["onEvent"];

/** How screens hear what the main process reports without being asked (a report's progress). */
export const AppEventsContext = createContext<Subscribe | null>(null);

/** Calls `listener` for every event from the main process while the component is mounted. */
export function useAppEvents(listener: (event: AppEvent) => void): void {
  const subscribe = useContext(AppEventsContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => (subscribe ? subscribe((event) => latest.current(event)) : undefined), [subscribe]);
}
