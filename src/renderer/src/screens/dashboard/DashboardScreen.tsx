import { useEffect, useState } from "react";
import type { DashboardSummary } from "../../../../shared/model/dashboard";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { ComplianceCard } from "./ComplianceCard";
import { CycleChecklist } from "./CycleChecklist";
import { DueCard } from "./DueCard";
import { IncidentCard } from "./IncidentCard";
import { RiskHeatMapCard } from "./RiskHeatMapCard";
import { TrainingCard } from "./TrainingCard";
import { VendorCard } from "./VendorCard";

/**
 * Where the practice stands: this year's cycle as a checklist, then what needs attention. Every
 * figure is a link to the records behind it. Breach notices owed come first, above everything else:
 * they are the one thing with a legal clock running (45 CFR 164.404–164.410).
 */
export function DashboardScreen() {
  const invoke = useInvoke();
  const { practice } = useSession();
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("dashboard.get", {}).then((result) => {
      if (!live) return;
      if (result.ok) setSummary(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const urgent = summary !== null && summary.incidents.deadlines.length > 0;
  return (
    <div className="page page-wide dashboard-page">
      <PageHeading>Dashboard</PageHeading>
      <p className="lead">
        Where {practice?.name ?? "the practice"} stands{summary ? ` on ${formatDay(summary.today)}` : ""}, and what needs attention. Every figure opens the records behind
        it.
      </p>
      <FormAlert message={error} />
      {summary ? (
        <>
          {urgent ? <IncidentCard incidents={summary.incidents} /> : null}
          <CycleChecklist cycle={summary.cycle} />
          <div className="dashboard-grid">
            <DueCard due={summary.due} />
            {urgent ? null : <IncidentCard incidents={summary.incidents} />}
            <ComplianceCard compliance={summary.compliance} />
            <TrainingCard training={summary.training} />
            <VendorCard vendors={summary.vendors} />
            <RiskHeatMapCard heatMap={summary.riskHeatMap} />
          </div>
        </>
      ) : error ? null : (
        <p aria-live="polite">Loading the dashboard…</p>
      )}
    </div>
  );
}
