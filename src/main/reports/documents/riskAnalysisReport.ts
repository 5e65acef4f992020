import { ACTION_ITEM_STATUS_LABELS } from "../../../shared/model/actionItem";
import type { ReviewTask, RiskAnalysisSummary, RiskAsset, RiskPairView } from "../../../shared/model/risk";
import { ASSET_KIND_INFO, EPHI_KIND_LABELS } from "../../../shared/risk/assetKinds";
import { heatMap, type HeatMap } from "../../../shared/risk/heatMap";
import { RISK_LEVEL_DESCRIPTIONS, RISK_LEVEL_LABELS, RISK_LEVELS, riskLevelRank } from "../../../shared/risk/riskMatrix";
import { IMPACT_SCALE, LIKELIHOOD_SCALE, RATING_BASIS_DESCRIPTIONS } from "../../../shared/risk/riskScale";
import { ACCEPTANCE_RULE } from "../../../shared/risk/riskScales";
import { TREATMENT_LABELS, TREATMENTS } from "../../../shared/risk/treatment";
import type { YearOverYear } from "../../../shared/risk/yearOverYear";
import { formatTableMoment } from "../../../shared/time/zonedTime";
import { getAnalysis } from "../../risk/analysisService";
import { compareAnalyses } from "../../risk/comparisonService";
import { openReviewTasks } from "../../risk/reviewService";
import { dataTable, emptySection, factTable, paragraph, sectionHeading, smallPrint, subHeading, type DocumentBody } from "../pdfDocument";
import { heatMapGraphic } from "./heatMapGraphic";
import { isMissingYear, missingYearBody, yearOfRecord, type MissingYear } from "./reportYear";
import type { ReportDocument } from "./types";

export interface RiskAnalysisReportData {
  analysis: RiskAnalysisSummary;
  assets: RiskAsset[];
  pairs: RiskPairView[];
  heatMap: HeatMap;
  reviewTasks: ReviewTask[];
  changes: YearOverYear | null;
}

/** OCR's 2010 guidance lists nine elements of a risk analysis; each names where this report covers it. */
const NINE_ELEMENTS: [string, string][] = [
  ["1. Scope of the analysis", "Every place the practice's ePHI is created, received, kept or sent: section \"Scope and data collection\"."],
  ["2. Data collection", "The asset inventory with owners, locations, kinds of ePHI and data flows: section \"Where ePHI lives\"."],
  ["3. Threats and vulnerabilities", "Reasonably anticipated threats paired with the weaknesses they could use: section \"Risks\"."],
  ["4. Current security measures", "The safeguards in place for each risk, in the \"Current safeguards\" column."],
  ["5. Likelihood of threat occurrence", "Rated 1 to 5 on the documented scale in \"How risks were rated\"."],
  ["6. Potential impact", "Rated 1 to 5 on the same page's impact scale."],
  ["7. Level of risk", "Likelihood × impact through the risk matrix, before and after current safeguards: the heat maps and the register."],
  ["8. Final documentation", "This signed report, kept six years (45 CFR 164.316(b)(2))."],
  ["9. Periodic review and updates", "The next review date and the events that call for an earlier one: section \"Review\"."],
];

const byResidualLevel = (a: RiskPairView, b: RiskPairView) =>
  rank(b.residual.level) - rank(a.residual.level) || rank(b.inherent.level) - rank(a.inherent.level) || a.assetName.localeCompare(b.assetName);
const rank = (level: RiskPairView["residual"]["level"]) => (level === null ? -1 : riskLevelRank(level));

function rating(view: RiskPairView["residual"]): string {
  if (view.likelihood === null || view.impact === null || view.level === null) return "Not rated";
  return `${RISK_LEVEL_LABELS[view.level]} (${view.likelihood}×${view.impact})`;
}

const day = (iso: string, zone: string) => formatTableMoment(iso, zone).slice(0, 10);

const riskName = (pair: RiskPairView) => `${pair.assetName}: ${pair.threatName}`;

/** Where a decision stands, in the words the register prints after it; null where the decision says it all. */
const PLAN_STANDING: Record<RiskPairView["treatmentStatus"], string | null> = {
  "not-decided": null,
  "pending-approval": "waiting for an Administrator's approval",
  accepted: null,
  "needs-step": "no step planned yet",
  mitigating: "being reduced",
  mitigated: "every step done",
  transferred: null,
  avoided: null,
};

/** Where the risks of one decision stand, as the plan's totals count them ("80 being reduced"). */
const STANDING_IN_TOTAL: Record<RiskPairView["treatmentStatus"], string> = {
  "not-decided": "not decided",
  "pending-approval": "waiting for an Administrator's approval",
  accepted: "accepted",
  "needs-step": "with no step planned yet",
  mitigating: "being reduced",
  mitigated: "with every step done",
  transferred: "transferred",
  avoided: "avoided",
};

/** The decision on one risk, as the register prints it under the threat: what, where it stands, why. */
function planLine(pair: RiskPairView, zone: string): string {
  const decision = pair.treatment ? TREATMENT_LABELS[pair.treatment] : "Not decided yet";
  const standing = PLAN_STANDING[pair.treatmentStatus];
  const steps = pair.mitigations.length;
  const approval = pair.acceptance ? `approved by ${pair.acceptance.approvedBy.name} on ${day(pair.acceptance.approvedAt, zone)}` : null;
  const details = [standing, steps ? `${steps} step${steps === 1 ? "" : "s"}` : null, approval].filter(Boolean).join(", ");
  const reason = pair.acceptance?.rationale.trim() || pair.treatmentNote.trim();
  return `${decision}${details ? ` (${details})` : ""}.${reason ? ` ${reason}` : ""}`;
}

export const riskAnalysisReport: ReportDocument<RiskAnalysisReportData | MissingYear> = {
  kind: "annual-risk-analysis",
  description: "The year's risk analysis: where ePHI lives, each threat and weakness, likelihood, impact and level before and after safeguards, and the plan (45 CFR 164.308(a)(1)(ii)(A) and (B)).",

  collect({ db, period }) {
    const year = yearOfRecord(db, period, "risk_analyses", "risk analysis");
    if (isMissingYear(year)) return year;
    const detail = getAnalysis(db, year);
    const active = detail.pairs.filter((pair) => !pair.assetRetired);
    let changes: YearOverYear | null = null;
    const earlier = db.prepare("SELECT 1 FROM risk_analyses WHERE year < ?").get(year);
    if (earlier) changes = compareAnalyses(db, { year });
    return { analysis: detail.analysis, assets: detail.assets, pairs: active, heatMap: heatMap(active), reviewTasks: openReviewTasks(db), changes };
  },

  layout(data, frame): DocumentBody {
    if (isMissingYear(data)) {
      return missingYearBody(data, "The Annual Risk Analysis records where the practice's ePHI lives, what could go wrong, how likely and how harmful it would be, and the plan to reduce each risk (45 CFR 164.308(a)(1)(ii)(A) and (B)). It is made from the year's risk analysis in Safeguard Desk.");
    }
    const zone = frame.practice.timeZone;
    const { analysis } = data;
    const activeAssets = data.assets.filter((asset) => asset.retired === null);
    const retiredAssets = data.assets.filter((asset) => asset.retired !== null);
    const register = [...data.pairs].sort(byResidualLevel);
    const finalized = analysis.status === "finalized";
    const residual = data.heatMap.residual.byLevel;
    const steps = register.flatMap((pair) => pair.mitigations.map((step) => ({ pair, step })));
    const accepted = register.filter((pair) => pair.treatment === "accept");
    // Accepting a medium or low risk needs no approval; the register gives each one's reason.
    const approved = accepted.filter((pair) => pair.acceptance !== null || pair.treatmentStatus === "pending-approval");
    const unplanned = register.filter((pair) => ["not-decided", "needs-step", "pending-approval"].includes(pair.treatmentStatus));
    const decisions = [...TREATMENTS, null]
      .map((treatment) => {
        const pairs = register.filter((pair) => pair.treatment === treatment);
        const counts = new Map<string, number>();
        for (const pair of pairs) counts.set(STANDING_IN_TOTAL[pair.treatmentStatus], (counts.get(STANDING_IN_TOTAL[pair.treatmentStatus]) ?? 0) + 1);
        const standing = [...counts].map(([label, count]) => `${count} ${label}`).join("; ");
        return { label: treatment ? TREATMENT_LABELS[treatment] : "Not decided yet", pairs, standing };
      })
      .filter((decision) => decision.pairs.length > 0);

    return {
      coverFacts: [
        { label: "Analysis year", value: String(analysis.year) },
        { label: "Status", value: finalized ? `Finalized ${day(analysis.finalizedAt!, zone)} by ${analysis.finalizedBy?.name ?? "—"}` : "In progress (not finalized)" },
        { label: "Assets in scope", value: String(activeAssets.length) },
        { label: "Risks", value: `${data.pairs.length} (${RISK_LEVELS.slice().reverse().map((level) => `${residual[level]} ${RISK_LEVEL_LABELS[level].toLowerCase()}`).join(", ")} after safeguards)` },
        { label: "Next review", value: analysis.nextReviewDate ?? "Set when the analysis is finalized" },
      ],
      coverNotice: finalized
        ? null
        : {
            tone: "problem",
            title: "Draft: this analysis is not finalized",
            text: "Ratings and treatments may still change. Finalize the analysis in Safeguard Desk before giving this report to an auditor.",
          },
      sections: [
        sectionHeading("About this analysis"),
        paragraph(
          `This is ${frame.practice.name}'s accurate and thorough assessment of the potential risks and vulnerabilities to the confidentiality, integrity and ` +
            `availability of the electronic protected health information (ePHI) it holds, for ${analysis.year}, as 45 CFR 164.308(a)(1)(ii)(A) requires. ` +
            "The risk management plan at the end records how each risk is reduced to a reasonable and appropriate level (45 CFR 164.308(a)(1)(ii)(B)).",
        ),
        paragraph("The method follows the nine elements of the HHS Office for Civil Rights' Guidance on Risk Analysis Requirements under the HIPAA Security Rule (2010):"),
        dataTable(
          [
            { header: "Element", width: 150 },
            { header: "Where this report covers it", width: "*" },
          ],
          NINE_ELEMENTS,
          { striped: false },
        ),
        factTable([
          { label: "Started", value: `${day(analysis.startedAt, zone)} by ${analysis.startedBy.name}` },
          { label: "Carried forward from", value: analysis.carriedFrom ? `The ${analysis.carriedFrom.year} analysis, reviewed and updated` : "Nothing: a new analysis" },
        ]),

        sectionHeading("Scope and data collection"),
        subHeading("Scope"),
        paragraph(analysis.scope.trim() || "No scope statement was written; the scope is every asset listed in the inventory below."),
        subHeading("How the information was gathered"),
        paragraph(analysis.dataCollection.trim() || "No description was written of how the information was gathered."),

        sectionHeading("How risks were rated"),
        paragraph(`${RATING_BASIS_DESCRIPTIONS.inherent} ${RATING_BASIS_DESCRIPTIONS.residual}`),
        subHeading("Likelihood (in the next 12 months)"),
        dataTable(
          [
            { header: "Rating", width: 70 },
            { header: "What it means", width: "*" },
          ],
          LIKELIHOOD_SCALE.map((level) => [`${level.value} ${level.name}`, level.description]),
          { striped: false },
        ),
        subHeading("Impact"),
        dataTable(
          [
            { header: "Rating", width: 70 },
            { header: "What it means", width: "*" },
          ],
          IMPACT_SCALE.map((level) => [`${level.value} ${level.name}`, level.description]),
          { striped: false },
        ),
        subHeading("Risk levels"),
        dataTable(
          [
            { header: "Level", width: 70 },
            { header: "What the practice does about it", width: "*" },
          ],
          RISK_LEVELS.map((level) => [RISK_LEVEL_LABELS[level], RISK_LEVEL_DESCRIPTIONS[level]]),
          { striped: false },
        ),
        smallPrint(`The level comes from the matrix: each cell of the heat maps below shows the level for that likelihood and impact. ${ACCEPTANCE_RULE}`),

        sectionHeading("Where ePHI lives"),
        activeAssets.length
          ? dataTable(
              [
                { header: "Asset and kind", width: 128 },
                { header: "Owner and location", width: 92 },
                { header: "ePHI held", width: "*" },
                { header: "Records", width: 40, align: "right" },
              ],
              activeAssets.map((asset) => [
                {
                  text: [
                    asset.name + (asset.vendorName ? ` (${asset.vendorName})` : ""),
                    { text: `\n${ASSET_KIND_INFO[asset.kind].label}`, color: "#4a4a4a" },
                  ],
                },
                [asset.owner, asset.location].filter(Boolean).join(", ") || "—",
                asset.ephiKinds.map((kind) => EPHI_KIND_LABELS[kind]).join(", ") || "—",
                asset.approxRecordCount === null ? "—" : asset.approxRecordCount.toLocaleString("en-US"),
              ]),
              { fontSize: 7.5 },
            )
          : emptySection("no asset has been added to this analysis, so its scope is not yet defined."),
        subHeading("Data flows"),
        (() => {
          const flows = activeAssets.flatMap((asset) => asset.flows.map((flow) => [asset.name, flow.toAssetName ?? (flow.vendorName || "—"), flow.description || "—"]));
          return flows.length
            ? dataTable(
                [
                  { header: "From", width: 140 },
                  { header: "To", width: 140 },
                  { header: "What moves", width: "*" },
                ],
                flows,
                { fontSize: 7.5 },
              )
            : emptySection("no data flow between assets or to vendors has been recorded.");
        })(),
        ...(retiredAssets.length
          ? [
              subHeading("Retired this year"),
              dataTable(
                [
                  { header: "Asset", width: "*" },
                  { header: "Retired", width: 60 },
                  { header: "By", width: 90 },
                  { header: "Why", width: 160 },
                ],
                retiredAssets.map((asset) => [asset.name, day(asset.retired!.at, zone), asset.retired!.by.name, asset.retired!.reason]),
                { fontSize: 7.5 },
              ),
            ]
          : []),

        {
          // The heading and its introduction go with the first map, on the same page.
          unbreakable: true,
          stack: [
            sectionHeading("Heat maps"),
            paragraph("How many risks sit in each cell of the matrix, before any safeguard (inherent) and with the safeguards in place today (residual)."),
            heatMapGraphic(data.heatMap.inherent, "Inherent risk: without the current safeguards"),
          ],
        },
        heatMapGraphic(data.heatMap.residual, "Residual risk: with the current safeguards"),

        sectionHeading("Risks"),
        smallPrint(
          "Each threat paired with the weakness it could use, the safeguards in place, and the level before and after them, highest residual level first. " +
            "Under each threat is the practice's decision on it: the risk management plan.",
        ),
        register.length
          ? dataTable(
              [
                { header: "Asset", width: 70 },
                { header: "Threat and weakness; the plan", width: "*" },
                { header: "Current safeguards", width: 118 },
                { header: "Inherent", width: 54 },
                { header: "Residual", width: 54 },
              ],
              register.map((pair) => [
                pair.assetName,
                { text: [`${pair.threatName}: ${pair.vulnerability}\n`, { text: "Plan: ", bold: true }, planLine(pair, zone)] },
                pair.controls.trim() || "None recorded",
                rating(pair.inherent),
                rating(pair.residual),
              ]),
              { fontSize: 7.5 },
            )
          : emptySection("no threat-vulnerability pair has been recorded for any asset."),

        sectionHeading("Risk management plan"),
        paragraph(
          "What the practice decided for each risk (45 CFR 164.308(a)(1)(ii)(B)): reduce it, accept it, transfer it, or avoid it. " +
            "Each risk's decision and its reason are in the register above, under the threat; here are the decisions in total, the steps that carry them out, " +
            "the acceptances that needed an Administrator's approval, and what is still to be planned.",
        ),
        register.length
          ? dataTable(
              [
                { header: "Decision", width: 90 },
                { header: "Risks", width: 40, align: "right" },
                { header: "Where they stand", width: "*" },
              ],
              decisions.map(({ label, pairs, standing }) => [label, pairs.length, standing]),
              { striped: false },
            )
          : emptySection("there are no risks to decide on."),
        subHeading("Steps to reduce risks"),
        steps.length
          ? dataTable(
              [
                { header: "Step", width: "*" },
                { header: "For the risk", width: 120 },
                { header: "Owner", width: 70 },
                { header: "Due", width: 52 },
                { header: "Status", width: 50 },
              ],
              steps.map(({ pair, step }) => [
                step.title,
                riskName(pair),
                step.owner?.name ?? "—",
                step.dueDate ?? "—",
                ACTION_ITEM_STATUS_LABELS[step.status] + (step.overdue ? " (overdue)" : ""),
              ]),
              { fontSize: 7.5 },
            )
          : emptySection("no step to reduce a risk has been planned."),

        subHeading("Acceptances that need an Administrator's approval"),
        approved.length
          ? dataTable(
              [
                { header: "Risk", width: "*" },
                { header: "Residual", width: 54 },
                { header: "Approved by", width: 110 },
                { header: "Reason", width: 150 },
              ],
              approved.map((pair) => [
                riskName(pair),
                rating(pair.residual),
                pair.acceptance ? `${pair.acceptance.approvedBy.name}, ${day(pair.acceptance.approvedAt, zone)}` : "Waiting for approval",
                pair.acceptance?.rationale ?? (pair.treatmentNote.trim() || "—"),
              ]),
              { fontSize: 7.5 },
            )
          : emptySection(`no high or critical risk was accepted as it is${accepted.length ? `; the ${accepted.length} accepted risk${accepted.length === 1 ? " is" : "s are"} rated medium or low, which needs no approval` : ""}.`),
        subHeading("Still to be planned"),
        unplanned.length
          ? dataTable(
              [
                { header: "Risk", width: "*" },
                { header: "Residual", width: 54 },
                { header: "What is missing", width: 170 },
              ],
              unplanned.map((pair) => [
                riskName(pair),
                rating(pair.residual),
                pair.treatmentStatus === "not-decided" ? "A decision: reduce, accept, transfer or avoid" : pair.treatmentStatus === "needs-step" ? "A step to reduce it, with an owner and a due date" : "An Administrator's approval of the acceptance",
              ]),
              { fontSize: 7.5 },
            )
          : emptySection("every risk has a decision, every risk being reduced has a step, and every acceptance that needs approval has it."),

        ...(data.changes
          ? [
              sectionHeading(`Changes since ${data.changes.previousYear}`),
              factTable([
                { label: "Assets added", value: data.changes.assetsAdded.map((asset) => asset.name).join(", ") || "None" },
                { label: "Assets retired", value: data.changes.assetsRetired.map((asset) => asset.name).join(", ") || "None" },
                { label: "New risks", value: String(data.changes.risksNew.length) },
                { label: "Risks no longer present", value: String(data.changes.risksRemoved.length) },
                { label: "Risk levels unchanged", value: String(data.changes.risksUnchanged) },
                { label: "Steps completed", value: data.changes.mitigationsCompleted.map((step) => step.title).join("; ") || "None" },
              ]),
              [...data.changes.risksUp, ...data.changes.risksDown].length
                ? dataTable(
                    [
                      { header: "Risk", width: "*" },
                      { header: "Was", width: 60 },
                      { header: "Now", width: 60 },
                    ],
                    [...data.changes.risksUp, ...data.changes.risksDown].map((change) => [
                      `${change.assetName}: ${change.threatName}`,
                      RISK_LEVEL_LABELS[change.from],
                      RISK_LEVEL_LABELS[change.to],
                    ]),
                    { fontSize: 7.5 },
                  )
                : emptySection(`no risk's level went up or down since ${data.changes.previousYear}.`),
            ]
          : []),

        sectionHeading("Review"),
        factTable([
          { label: "Review interval", value: analysis.reviewIntervalMonths ? `Every ${analysis.reviewIntervalMonths} months` : "Set when the analysis is finalized" },
          { label: "Next review due", value: analysis.nextReviewDate ?? "Set when the analysis is finalized" },
        ]),
        paragraph("The analysis is also reviewed earlier when something changes: a new system, a move, a security incident or a new vendor."),
        data.reviewTasks.length
          ? dataTable(
              [
                { header: "Review task", width: "*" },
                { header: "Due", width: 70 },
              ],
              data.reviewTasks.map((task) => [task.title, task.dueDate ? task.dueDate + (task.overdue ? " (overdue)" : "") : "As soon as possible"]),
              { fontSize: 8 },
            )
          : emptySection("no review is due or called for by a recent change."),
      ],
    };
  },
};
