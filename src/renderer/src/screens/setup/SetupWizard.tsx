import { useState } from "react";
import type { PracticeProfile, PracticeProfileInput } from "../../../../shared/model/practice";
import type { RecoveryKeyIssued, SessionInfo } from "../../../../shared/model/vaultStatus";
import type { AppError } from "../../../../shared/result";
import { useInvoke } from "../../api/ApiContext";
import type { AdminForm, AdminFormInput } from "../../forms/accountSchemas";
import { ImportFlow } from "../backup/ImportFlow";
import { RestoreFlow } from "../backup/RestoreFlow";
import { AdminStep, EMPTY_ADMIN } from "./AdminStep";
import { EMPTY_PRACTICE, PracticeStep } from "./PracticeStep";
import { RecoveryKeyStep } from "./RecoveryKeyStep";
import { SampleOffer } from "./SampleOffer";

interface SetupWizardProps {
  /** The vault exists and its first Administrator is signed in (the idle lock starts guarding it). */
  onSessionStarted: (session: SessionInfo) => void;
  onDone: () => Promise<void>;
  /** The sample practice was opened instead, signed in with its published account. */
  onSampleOpened: (session: SessionInfo) => void;
}

type Step =
  | { name: "practice"; serverError: AppError | null }
  | { name: "admin" }
  | { name: "key"; issued: RecoveryKeyIssued; practiceName: string }
  /** Instead of a new practice: the records from another computer, or from a backup. */
  | { name: "import" }
  | { name: "restore" };

/** First run: the practice, the first Administrator, then the recovery key. */
export function SetupWizard({ onSessionStarted, onDone, onSampleOpened }: SetupWizardProps) {
  const invoke = useInvoke();
  const [step, setStep] = useState<Step>({ name: "practice", serverError: null });
  const [practiceDraft, setPracticeDraft] = useState<PracticeProfileInput>(EMPTY_PRACTICE);
  const [practice, setPractice] = useState<PracticeProfile | null>(null);
  const [adminDraft, setAdminDraft] = useState<AdminFormInput>(EMPTY_ADMIN);

  const create = async (admin: AdminForm): Promise<AppError | null> => {
    if (!practice) return null;
    const { confirmPassword: _confirm, ...account } = admin;
    const result = await invoke("vault.create", { practice, admin: { ...account, role: "administrator" } });
    if (!result.ok) {
      // A problem with the practice's details is shown on step 1, where those fields are.
      const aboutPractice = Object.keys(result.error.fields ?? {}).some((key) => key.startsWith("practice."));
      if (aboutPractice) {
        setAdminDraft(admin);
        setStep({ name: "practice", serverError: result.error });
        return null;
      }
      return result.error;
    }
    const session = await invoke("session.current", {});
    if (session.ok) onSessionStarted(session.value);
    setStep({ name: "key", issued: result.value, practiceName: practice.name });
    return null;
  };

  return (
    <main className="setup-page">
      <div className="card card-wide">
        <h1 className="page-heading">Set up your practice</h1>
        {step.name === "practice" ? (
          <PracticeStep
            initial={practiceDraft}
            serverError={step.serverError}
            onNext={(values) => {
              setPractice(values);
              setPracticeDraft(values);
              setStep({ name: "admin" });
            }}
          />
        ) : null}
        {step.name === "admin" ? (
          <AdminStep
            initial={adminDraft}
            onBack={(draft) => {
              setAdminDraft(draft);
              setStep({ name: "practice", serverError: null });
            }}
            onCreate={create}
          />
        ) : null}
        {step.name === "key" ? <RecoveryKeyStep issued={step.issued} practiceName={step.practiceName} onConfirmed={onDone} /> : null}
        {step.name === "practice" ? (
          <div className="recovery-options">
            <h2>Already have the practice's records?</h2>
            <p>If Safeguard Desk was used on another computer, bring its records here instead of starting again. Everyone keeps their password.</p>
            <div className="button-row button-row-start">
              <button type="button" className="button-secondary" onClick={() => setStep({ name: "import" })}>
                Bring the practice from another computer
              </button>
              <button type="button" className="button-secondary" onClick={() => setStep({ name: "restore" })}>
                Restore from a backup
              </button>
            </div>
          </div>
        ) : null}
        {step.name === "practice" ? <SampleOffer onOpened={onSampleOpened} /> : null}
        {step.name === "import" ? <ImportFlow onCancel={() => setStep({ name: "practice", serverError: null })} onImported={() => window.location.reload()} /> : null}
        {step.name === "restore" ? (
          <RestoreFlow onCancel={() => setStep({ name: "practice", serverError: null })} onRestored={() => window.location.reload()} />
        ) : null}
      </div>
    </main>
  );
}
