import type { ReactNode } from "react";

/** A calm confirmation ("Saved.") read out by screen readers without interrupting. */
export function StatusMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div role="status" className="alert alert-success">
      {children}
    </div>
  );
}
