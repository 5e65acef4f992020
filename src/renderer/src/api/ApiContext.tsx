import { createContext, useContext } from "react";
import type { Invoke } from "./client";

export const ApiContext = createContext<Invoke | null>(null);

export function useInvoke(): Invoke {
  const invoke = useContext(ApiContext);
  if (!invoke) throw new Error("useInvoke must be used inside <ApiContext.Provider>.");
  return invoke;
}
