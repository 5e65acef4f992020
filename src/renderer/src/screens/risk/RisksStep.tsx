import { PageHeading } from "../../components/PageHeading";
import { useAnalysis } from "./AnalysisContext";
import { AssetRisks } from "./AssetRisks";
import { pairHref, stepHref } from "./riskRoute";

/**
 * OCR's elements 3 to 7 for each asset: the threats and weaknesses (confirmed from suggestions or
 * added), then for each risk the safeguards in place, likelihood, impact and the resulting level.
 */
export function RisksStep() {
  const { year, detail } = useAnalysis();
  const active = detail.assets.filter((asset) => asset.retired === null);
  const activeIds = new Set(active.map((asset) => asset.id));
  const pairs = detail.pairs.filter((pair) => activeIds.has(pair.assetId));
  const unrated = pairs.filter((pair) => pair.inherent.level === null || pair.residual.level === null);
  const undecided = pairs.filter((pair) => pair.treatmentStatus === "not-decided");
  const next = unrated[0] ?? undecided[0];

  return (
    <>
      <PageHeading level={2}>Threats and ratings</PageHeading>
      <p>
        For each asset, confirm the risks the app suggests and add your own. Then open each risk to note the safeguards you have, rate how likely and how harmful it
        is without them and with them, and decide what to do about it.
      </p>
      {active.length === 0 ? (
        <p className="empty">
          The inventory is empty. <a href={stepHref(year, "inventory")}>Add the practice&apos;s assets first.</a>
        </p>
      ) : (
        <div className="progress-note" aria-live="polite">
          <p>
            {`${pairs.length - unrated.length} of ${pairs.length} risks rated; ${pairs.length - undecided.length} of ${pairs.length} decided.`}{" "}
            {next ? <a href={pairHref(year, next.id)}>{`Continue with ${next.assetName}: ${next.threatName}`}</a> : null}
          </p>
        </div>
      )}
      {active.map((asset) => (
        <AssetRisks key={asset.id} asset={asset} pairs={pairs.filter((pair) => pair.assetId === asset.id)} />
      ))}
    </>
  );
}
