import type { Database } from "better-sqlite3-multiple-ciphers";
import { REVIEW_TRIGGER_LABELS, type ReviewTriggerKind } from "../../shared/model/risk";
import { DENTAL_ASSET_TEMPLATES, type AssetTemplate } from "../../shared/risk/dentalAssetTemplates";
import { nextReviewDate } from "../../shared/risk/reviewSchedule";
import { riskLevel } from "../../shared/risk/riskMatrix";
import type { Rating } from "../../shared/risk/riskScale";
import { suggestPairs } from "../../shared/risk/suggestedPairs";
import type { Treatment } from "../../shared/risk/treatment";
import type { Actor } from "../audit/auditLog";
import { priorityFor } from "../risk/riskSteps";
import { dayBetween, earlier, lastHistoryDay, officeInstant, type GrowthContext } from "./tenYearContext";
import type { SeededRandom } from "./tenYearRandom";

/** The template assets a small office starts with; one or two more join each year. */
const FIRST_ASSETS = ["practice-management", "imaging-software", "front-desk-workstations", "operatory-workstations", "office-server", "practice-email", "fax", "main-office"];

const CONTROLS = [
  "Passwords on every computer; screens lock after 10 minutes; antivirus kept up to date by the IT provider.",
  "Nightly online backup kept 30 days, tested every quarter.",
  "Staff trained every spring and in the monthly huddles.",
  "Locked office after hours with an alarm; server in a locked closet.",
  "Vendor's BAA on file; access limited to the staff who need it.",
];

const TRIGGERS: readonly { kind: ReviewTriggerKind; note: string }[] = [
  { kind: "new-system", note: "New imaging software installed in both operatories." },
  { kind: "new-vendor", note: "Changed the online backup company." },
  { kind: "move", note: "Front desk rebuilt; the check-in computers moved." },
  { kind: "incident", note: "A phishing e-mail was opened at the front desk." },
  { kind: "other", note: "The practice started offering patient texting." },
];

interface AssetPlan {
  id: string;
  key: string;
  template: AssetTemplate;
  name: string;
  predecessorId: string | null;
}

/** The statements that write risk rows, shared by the finalized years and this year's additions. */
class RiskWriter {
  readonly insertAsset;
  readonly insertPair;
  readonly insertControl;
  readonly insertStep;

  constructor(db: Database) {
    this.insertAsset = db.prepare(
      `INSERT INTO risk_assets (id, analysis_id, template_id, name, kind, owner, location, vendor_name, ephi_kinds, approx_record_count, notes,
         predecessor_id, created_by, created_at, updated_by, updated_at)
       VALUES (@id, @analysisId, @templateId, @name, @kind, @owner, @location, '', @ephiKinds, NULL, '', @predecessorId, @by, @at, @by, @at)`,
    );
    this.insertPair = db.prepare(
      `INSERT INTO risk_pairs (id, analysis_id, asset_id, threat_id, vulnerability, controls, inherent_likelihood, inherent_impact, inherent_level,
         residual_likelihood, residual_impact, residual_level, treatment, treatment_note, predecessor_id, created_by, created_at, updated_by, updated_at)
       VALUES (@id, @analysisId, @assetId, @threatId, @vulnerability, @controls, @il, @ii, @inherentLevel, @rl, @ri, @residualLevel, @treatment, @note,
         @predecessorId, @by, @at, @by, @at)`,
    );
    this.insertControl = db.prepare("INSERT OR IGNORE INTO risk_pair_controls (pair_id, question_id) VALUES (?, ?)");
    this.insertStep = db.prepare(
      `INSERT INTO action_items (id, source_kind, risk_pair_id, title, priority, owner_user_id, due_date, status, notes, created_by, created_at, updated_by, updated_at, completed_at)
       VALUES (@id, 'risk', @pairId, @title, @priority, @by, @dueDate, @status, '', @by, @at, @by, @updatedAt, @completedAt)`,
    );
  }

  /**
   * One rated and treated risk, as a year's analysis leaves it: one step less likely with the
   * safeguards in place; serious ones reduced with a step in the remediation plan, the rest accepted.
   */
  pair(
    random: SeededRandom,
    actor: Actor & { id: string },
    input: { analysisId: string; asset: { id: string; name: string }; suggestion: ReturnType<typeof suggestPairs>[number]; predecessorId: string | null; at: string; stepDone: string | null; dueDate: string; suffix: string },
  ): string {
    const { suggestion } = input;
    const rl = Math.max(1, suggestion.inherentLikelihood - random.int(0, 2)) as Rating;
    const ri = suggestion.inherentImpact;
    const residualLevel = riskLevel(rl, ri);
    const serious = residualLevel === "high" || residualLevel === "critical";
    const treatment: Treatment = serious ? "mitigate" : random.chance(0.9) ? "accept" : "transfer";
    const id = random.uuid();
    this.insertPair.run({
      id,
      analysisId: input.analysisId,
      assetId: input.asset.id,
      threatId: suggestion.threatId,
      vulnerability: `${suggestion.vulnerability}${input.suffix}`,
      controls: random.pick(CONTROLS),
      il: suggestion.inherentLikelihood,
      ii: suggestion.inherentImpact,
      inherentLevel: riskLevel(suggestion.inherentLikelihood, suggestion.inherentImpact),
      rl,
      ri,
      residualLevel,
      treatment,
      note: treatment === "accept" ? "Low enough with the safeguards in place; looked at again next year." : treatment === "transfer" ? "Covered by the vendor under its BAA." : "",
      predecessorId: input.predecessorId,
      by: actor.id,
      at: input.at,
    });
    for (const questionId of suggestion.controlQuestionIds) this.insertControl.run(id, questionId);
    if (serious) {
      this.insertStep.run({
        id: random.uuid(),
        pairId: id,
        title: `Reduce "${suggestion.threatName}" on ${input.asset.name}`,
        priority: priorityFor(residualLevel),
        by: actor.id,
        dueDate: input.dueDate,
        status: input.stepDone ? "done" : "open",
        at: input.at,
        updatedAt: input.stepDone ?? input.at,
        completedAt: input.stepDone,
      });
    }
    return id;
  }
}

function templateAsset(writer: RiskWriter, context: GrowthContext, analysisId: string, plan: AssetPlan, at: string): void {
  const { template } = plan;
  writer.insertAsset.run({
    id: plan.id,
    analysisId,
    templateId: plan.key.includes("#") ? null : template.id,
    name: plan.name,
    kind: template.kind,
    owner: template.owner,
    location: template.location,
    ephiKinds: JSON.stringify(template.ephiKinds),
    predecessorId: plan.predecessorId,
    by: context.admin.id,
    at,
  });
}

/**
 * The yearly risk analyses before the sample's two (45 CFR 164.308(a)(1)(ii)(A)), each finalized in
 * early summer with its inventory, risks, safeguards and control links, each year's assets and risks
 * linked to last year's; the events that called for a review; the steps to reduce serious risks,
 * done by the year's end. Then this year's analysis (the sample's, in progress) gains the assets and
 * risks of a fuller inventory, up to the planned number of risks.
 */
export function growRiskAnalyses(context: GrowthContext): void {
  const { db, admin } = context;
  const random = context.random.fork("risk");
  const writer = new RiskWriter(db);
  const insertAnalysis = db.prepare(
    "INSERT INTO risk_analyses (id, year, scope, data_collection, started_by, started_at, carried_from) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const finalize = db.prepare(
    "UPDATE risk_analyses SET status = 'finalized', finalized_by = ?, finalized_at = ?, review_interval_months = 12, next_review_date = ? WHERE id = ?",
  );
  const insertTrigger = db.prepare(
    "INSERT INTO risk_review_triggers (id, kind, note, occurred_on, recorded_by, recorded_at, resolved_by_analysis_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const templates = new Map(DENTAL_ASSET_TEMPLATES.map((template) => [template.id, template]));
  let inventory = FIRST_ASSETS.filter((id) => templates.has(id));
  let previous: { id: string; assets: Map<string, string>; pairs: Map<string, string> } | null = null;

  for (let year = context.firstYear; year <= context.lastHistoryYear; year++) {
    const id = random.uuid();
    const startedOn = dayBetween(random, `${year}-04-01`, `${year}-04-30`);
    const finalizedOn = dayBetween(random, `${year}-06-01`, `${year}-06-28`);
    const startedAt = officeInstant(random, startedOn);
    const finalizedAt = officeInstant(random, finalizedOn);
    const assets = new Map<string, string>();
    const pairs = new Map<string, string>();
    let pairCount = 0;
    db.transaction(() => {
      insertAnalysis.run(
        id,
        year,
        "Every system, device, vendor and place where the practice creates, receives, keeps or sends patient information, at the one office.",
        "Walk-through of the office with the IT provider, the vendor list, and interviews with the front desk and the hygienists.",
        admin.id,
        startedAt,
        previous?.id ?? null,
      );
      for (const templateId of inventory) {
        const template = templates.get(templateId)!;
        const plan: AssetPlan = { id: random.uuid(), key: templateId, template, name: template.name, predecessorId: previous?.assets.get(templateId) ?? null };
        templateAsset(writer, context, id, plan, startedAt);
        assets.set(templateId, plan.id);
        suggestPairs(template.kind).forEach((suggestion, index) => {
          const key = `${templateId}:${suggestion.threatId}:${index}`;
          const pairId = writer.pair(random, admin, {
            analysisId: id,
            asset: { id: plan.id, name: plan.name },
            suggestion,
            predecessorId: previous?.pairs.get(key) ?? null,
            at: officeInstant(random, dayBetween(random, startedOn, finalizedOn)),
            stepDone: officeInstant(random, dayBetween(random, finalizedOn, `${year}-11-30`)),
            dueDate: `${year}-09-30`,
            suffix: "",
          });
          pairs.set(key, pairId);
          pairCount += 1;
        });
      }
      context.audit.record({
        at: startedAt,
        actor: admin,
        action: "risk.started",
        recordType: "risk-analysis",
        recordId: id,
        summary: previous ? `Started the ${year} risk analysis from ${year - 1}'s, copying ${previous.assets.size} assets and ${previous.pairs.size} risks` : `Started the ${year} risk analysis`,
      });
      for (const [templateId, assetId] of assets) {
        if (previous?.assets.has(templateId)) continue;
        context.audit.record({ at: startedAt, actor: admin, action: "risk.asset-added", recordType: "risk-asset", recordId: assetId, summary: `Added "${templates.get(templateId)!.name}" to the ${year} risk analysis` });
      }
      const trigger = random.pick(TRIGGERS);
      const occurredOn = dayBetween(random, `${year}-01-10`, `${year}-05-20`);
      const triggerId = random.uuid();
      insertTrigger.run(triggerId, trigger.kind, trigger.note, occurredOn, admin.id, officeInstant(random, occurredOn), id);
      context.audit.record({
        at: officeInstant(random, occurredOn),
        actor: admin,
        action: "risk.review-triggered",
        recordType: "risk-review-trigger",
        recordId: triggerId,
        summary: `Recorded an event that calls for reviewing the risk analysis: ${REVIEW_TRIGGER_LABELS[trigger.kind].toLowerCase()} on ${occurredOn}`,
      });
      const nextReview = nextReviewDate(finalizedOn, 12);
      finalize.run(admin.id, finalizedAt, nextReview, id);
      context.audit.record({
        at: finalizedAt,
        actor: admin,
        action: "risk.finalized",
        recordType: "risk-analysis",
        recordId: id,
        summary: `Finalized the ${year} risk analysis: ${assets.size} assets, ${pairCount} risks; next review by ${nextReview}`,
        changes: { assets: assets.size, risks: pairCount, nextReviewDate: nextReview, reviewIntervalMonths: 12 },
      });
    })();
    previous = { id, assets, pairs };
    // The office adds a system or two most years.
    const missing = DENTAL_ASSET_TEMPLATES.map((template) => template.id).filter((templateId) => !inventory.includes(templateId));
    inventory = [...inventory, ...random.sample(missing, random.int(0, 2))];
  }
  fillThisYear(context, random, writer);
}

/** More of this year's inventory (every operatory, every device), rated as the office works through it, until the register holds the planned risks. */
function fillThisYear(context: GrowthContext, random: SeededRandom, writer: RiskWriter): void {
  const { db, admin, plan } = context;
  const analysis = db.prepare("SELECT id, year FROM risk_analyses WHERE year = ? AND status = 'in-progress'").get(context.thisYear) as { id: string; year: number } | undefined;
  if (!analysis) return;
  const count = () => db.prepare("SELECT count(*) FROM risk_pairs WHERE analysis_id = ?").pluck().get(analysis.id) as number;
  const from = `${context.thisYear}-01-02`;
  const to = earlier(lastHistoryDay(context) < from ? from : lastHistoryDay(context), `${context.thisYear}-12-31`);
  db.transaction(() => {
    for (let round = 1; count() < plan.latestRisks; round++) {
      for (const template of DENTAL_ASSET_TEMPLATES) {
        if (count() >= plan.latestRisks) break;
        const at = officeInstant(random, dayBetween(random, from, to));
        const assetId = random.uuid();
        const name = `${template.name} (${round === 1 ? "second" : `number ${round + 1}`})`;
        templateAsset(writer, context, analysis.id, { id: assetId, key: `${template.id}#${round}`, template, name, predecessorId: null }, at);
        context.audit.record({ at, actor: admin, action: "risk.asset-added", recordType: "risk-asset", recordId: assetId, summary: `Added "${name}" to the ${analysis.year} risk analysis` });
        const suggestions = suggestPairs(template.kind).slice(0, Math.max(0, plan.latestRisks - count()));
        for (const suggestion of suggestions) {
          writer.pair(random, admin, { analysisId: analysis.id, asset: { id: assetId, name }, suggestion, predecessorId: null, at, stepDone: null, dueDate: `${context.thisYear}-12-31`, suffix: "" });
        }
        context.audit.record({
          at,
          actor: admin,
          action: "risk.pairs-added",
          recordType: "risk-asset",
          recordId: assetId,
          summary: `Added ${suggestions.length} risk${suggestions.length === 1 ? "" : "s"} to "${name}" in the ${analysis.year} risk analysis`,
        });
      }
    }
  })();
}
