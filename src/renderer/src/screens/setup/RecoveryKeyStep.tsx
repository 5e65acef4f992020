import type { RecoveryKeyIssued } from "../../../../shared/model/vaultStatus";
import { PageHeading } from "../../components/PageHeading";
import { RecoveryKeyFlow } from "../recoveryKey/RecoveryKeyFlow";

/** Setup, step 3: the recovery key, shown once and typed back. */
export function RecoveryKeyStep({ issued, practiceName, onConfirmed }: { issued: RecoveryKeyIssued; practiceName: string; onConfirmed: () => void }) {
  return (
    <section aria-labelledby="step-title">
      <p className="step-indicator">Step 3 of 3</p>
      <PageHeading level={2} id="step-title">
        Your recovery key
      </PageHeading>
      <RecoveryKeyFlow issued={issued} practiceName={practiceName} onConfirmed={onConfirmed} />
    </section>
  );
}
