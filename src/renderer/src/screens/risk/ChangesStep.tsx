import { useEffect, useState } from "react";
import type { YearOverYear } from "../../../../shared/model/risk";
import { ASSET_KIND_INFO } from "../../../../shared/risk/assetKinds";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { formatDate } from "../../format/dates";
import { useAnalysis } from "./AnalysisContext";
import { ChangeList } from "./ChangeList";
import { LevelBadge } from "./LevelBadge";
import { plural } from "./riskLabels";

/**
 * Year over year (risk.compare): what changed since the earlier analysis: assets added and retired,
 * risks whose level went up or down, new and removed risks, and remediation steps completed.
 */
export function ChangesStep() {
  const invoke = useInvoke();
  const { year, detail, timeZone } = useAnalysis();
  const [changes, setChanges] = useState<YearOverYear | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [nothingEarlier, setNothingEarlier] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("risk.compare", { year }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setChanges(result.value);
        setError(null);
      } else if (result.error.code === "NOT_FOUND") setNothingEarlier(result.error.message);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, year, detail]);

  return (
    <>
      <PageHeading level={2}>{changes ? `Changes since ${changes.previousYear}` : "Changes since last year"}</PageHeading>
      <FormAlert message={error} />
      {nothingEarlier ? <p className="empty">{`${nothingEarlier} Next year, start the analysis from this one to see what changed.`}</p> : null}
      {changes ? (
        <>
          <p>
            {`What is different in ${changes.year} from the ${changes.previousYear} analysis. ${plural(changes.risksUnchanged, "risk", "risks")} kept the same level with current safeguards`}
            {changes.risksNotComparable > 0 ? `, and ${changes.risksNotComparable} can't be compared yet because one year's rating is incomplete` : ""}.
          </p>
          <div className="changes-grid">
            <ChangeList
              title="Assets added"
              items={changes.assetsAdded.map((asset) => ({ key: asset.id, text: `${asset.name} (${ASSET_KIND_INFO[asset.kind].label})` }))}
              empty="No new assets."
            />
            <ChangeList
              title="Assets retired"
              items={changes.assetsRetired.map((asset) => ({ key: asset.id, text: `${asset.name} (${ASSET_KIND_INFO[asset.kind].label})` }))}
              empty="No assets retired."
            />
            <ChangeList
              title="Risks that went up"
              items={changes.risksUp.map((risk) => ({
                key: risk.pairId,
                text: `${risk.assetName}: ${risk.threatName}`,
                detail: (
                  <>
                    <LevelBadge level={risk.from} /> to <LevelBadge level={risk.to} />
                  </>
                ),
              }))}
              empty="No risk went up."
            />
            <ChangeList
              title="Risks that went down"
              items={changes.risksDown.map((risk) => ({
                key: risk.pairId,
                text: `${risk.assetName}: ${risk.threatName}`,
                detail: (
                  <>
                    <LevelBadge level={risk.from} /> to <LevelBadge level={risk.to} />
                  </>
                ),
              }))}
              empty="No risk went down."
            />
            <ChangeList
              title="Remediation steps completed"
              items={changes.mitigationsCompleted.map((step) => ({ key: step.id, text: step.title, detail: `Done on ${formatDate(step.completedAt, timeZone)}` }))}
              empty={`No step was completed since ${formatDate(changes.since, timeZone)}.`}
            />
            <ChangeList
              title="New risks"
              items={changes.risksNew.map((risk) => ({ key: risk.pairId, text: `${risk.assetName}: ${risk.threatName}`, detail: <LevelBadge level={risk.level} /> }))}
              empty="No new risks."
            />
            <ChangeList
              title="Risks no longer listed"
              items={changes.risksRemoved.map((risk) => ({ key: risk.pairId, text: `${risk.assetName}: ${risk.threatName}`, detail: <LevelBadge level={risk.level} /> }))}
              empty="Every earlier risk is still listed."
            />
          </div>
        </>
      ) : null}
    </>
  );
}
