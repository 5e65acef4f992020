import { useMemo } from "react";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { mayUse } from "../settings/permissions";
import { AnalysisContext, type AnalysisValue } from "./AnalysisContext";
import { AnalysisStatus } from "./AnalysisStatus";
import { ChangesStep } from "./ChangesStep";
import { FinalizeStep } from "./FinalizeStep";
import { InventoryStep } from "./InventoryStep";
import { PairPage } from "./PairPage";
import { RegisterStep } from "./RegisterStep";
import { ReviewStep } from "./ReviewStep";
import { RisksStep } from "./RisksStep";
import { yearsHref, type RiskRoute, type StepId } from "./riskRoute";
import { StepNav } from "./StepNav";
import { useRiskAnalysis } from "./useRiskAnalysis";

/** One year's analysis: its status, the list of steps, and the step (or the risk) being worked on. */
export function AnalysisPage({ year, route }: { year: number; route: Exclude<RiskRoute, { kind: "years" }> }) {
  const { session, practice } = useSession();
  const { detail, scales, error, reload } = useRiskAnalysis(year);
  const value = useMemo<AnalysisValue | null>(
    () =>
      detail && scales
        ? {
            year,
            detail,
            scales,
            reload,
            canEdit: mayUse(session, "edit") && !detail.readOnly,
            canPlan: mayUse(session, "edit"),
            isAdmin: mayUse(session, "admin"),
            timeZone: practice?.timeZone,
          }
        : null,
    [year, detail, scales, reload, session, practice],
  );
  const current: StepId = route.kind === "step" ? route.step : "risks";

  return (
    <div className="page page-wide risk-page">
      <p className="risk-breadcrumb">
        <a href={yearsHref()}>All risk analyses</a>
      </p>
      <PageHeading>{`Risk analysis ${year}`}</PageHeading>
      <FormAlert message={error} />
      {value ? (
        <AnalysisContext.Provider value={value}>
          <AnalysisStatus />
          <div className="risk-layout">
            <StepNav year={year} current={current} />
            <div className="risk-step">{route.kind === "pair" ? <PairPage key={route.pairId} pairId={route.pairId} /> : <Step step={route.step} />}</div>
          </div>
        </AnalysisContext.Provider>
      ) : error ? null : (
        <p aria-live="polite">Loading…</p>
      )}
    </div>
  );
}

function Step({ step }: { step: StepId }) {
  switch (step) {
    case "inventory":
      return <InventoryStep />;
    case "risks":
      return <RisksStep />;
    case "register":
      return <RegisterStep />;
    case "review":
      return <ReviewStep />;
    case "finalize":
      return <FinalizeStep />;
    case "changes":
      return <ChangesStep />;
  }
}
