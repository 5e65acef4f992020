import { useState } from "react";
import type { RecoveryKeyIssued } from "../../../../shared/model/vaultStatus";
import { RecoveryKeyConfirm } from "./RecoveryKeyConfirm";
import { RecoveryKeyShow } from "./RecoveryKeyShow";

interface RecoveryKeyFlowProps {
  issued: RecoveryKeyIssued;
  practiceName: string;
  onConfirmed: () => void;
}

/** Show and print a new recovery key, then have it typed back. Used at setup and when replacing the key. */
export function RecoveryKeyFlow({ issued, practiceName, onConfirmed }: RecoveryKeyFlowProps) {
  const [phase, setPhase] = useState<"show" | "confirm">("show");
  return phase === "show" ? (
    <RecoveryKeyShow recoveryKey={issued.recoveryKey} practiceName={practiceName} onWrittenDown={() => setPhase("confirm")} />
  ) : (
    <RecoveryKeyConfirm
      recoveryKey={issued.recoveryKey}
      confirmGroups={issued.confirmGroups}
      onBack={() => setPhase("show")}
      onConfirmed={onConfirmed}
    />
  );
}
