import { PageHeading } from "../../components/PageHeading";
import { TREATMENT_STATUS_LABELS } from "../../../../shared/risk/treatment";
import { AcceptanceSection } from "./AcceptanceSection";
import { useAnalysis } from "./AnalysisContext";
import { MitigationSection } from "./MitigationSection";
import { PairForm } from "./PairForm";
import { PairSummary } from "./PairSummary";
import { openHash, pairHref, stepHref } from "./riskRoute";

/** One risk: rate it and decide (or read it), its approval to accept, and its steps in the remediation plan. */
export function PairPage({ pairId }: { pairId: string }) {
  const { year, detail, canEdit } = useAnalysis();
  const activeIds = new Set(detail.assets.filter((asset) => asset.retired === null).map((asset) => asset.id));
  const pair = detail.pairs.find((candidate) => candidate.id === pairId);
  if (!pair) {
    return (
      <>
        <PageHeading level={2}>Risk not found</PageHeading>
        <p>
          That risk is no longer in this analysis. <a href={stepHref(year, "risks")}>Back to the list of risks</a>
        </p>
      </>
    );
  }
  const list = detail.pairs.filter((candidate) => activeIds.has(candidate.assetId));
  const index = list.findIndex((candidate) => candidate.id === pair.id);
  const previous = index > 0 ? list[index - 1] : undefined;
  const next = index >= 0 ? list[index + 1] : undefined;
  const editable = canEdit && !pair.assetRetired;

  return (
    <>
      <nav aria-label="Risks" className="pair-nav">
        <a href={stepHref(year, "risks")}>All risks</a>
        {index >= 0 ? <span>{`Risk ${index + 1} of ${list.length}`}</span> : null}
        {previous ? <a href={pairHref(year, previous.id)}>Previous risk</a> : null}
        {next ? <a href={pairHref(year, next.id)}>Next risk</a> : null}
      </nav>
      <PageHeading level={2}>{`${pair.assetName}: ${pair.threatName}`}</PageHeading>
      <p className="pair-status">
        <strong>Status:</strong> {TREATMENT_STATUS_LABELS[pair.treatmentStatus]}
        {pair.assetRetired ? " The asset was retired, so this risk can no longer change." : ""}
      </p>
      {editable ? (
        <PairForm key={pair.id} pair={pair} onNext={next ? () => openHash(pairHref(year, next.id)) : null} />
      ) : (
        <PairSummary pair={pair} />
      )}
      <AcceptanceSection pair={pair} />
      <MitigationSection pair={pair} />
    </>
  );
}
