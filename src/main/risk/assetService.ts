import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AssetInput, RiskAsset } from "../../shared/model/risk";
import { DENTAL_ASSET_TEMPLATES, findAssetTemplate } from "../../shared/risk/dentalAssetTemplates";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { changedFields } from "../services/recordChanges";
import { assertEditable, nowIso, requireAnalysisByYear, requireAsset, userIdOf, type AssetRow } from "./riskRecords";
import { assetsOf } from "./riskViews";

/**
 * The inventory of where ePHI is created, received, maintained or transmitted: OCR's elements
 * "scope of the analysis" and "data collection" (45 CFR 164.306(a), 164.308(a)(1)(ii)(A)).
 */

type Flow = AssetInput["flows"][number];

function assetView(db: Database, analysisId: string, id: string): RiskAsset {
  const asset = assetsOf(db, analysisId).find((candidate) => candidate.id === id);
  if (!asset) throw new AppFailure("NOT_FOUND", "That asset does not exist.");
  return asset;
}

function assertActive(asset: AssetRow): void {
  if (asset.retired_at !== null) throw new AppFailure("CONFLICT", `"${asset.name}" was retired from this analysis and can no longer change.`);
}

/** Each flow must lead to another active asset of the same analysis, or name a vendor. */
function checkFlows(db: Database, analysisId: string, fromId: string, flows: readonly Flow[]): void {
  flows.forEach((flow, index) => {
    if (flow.toAssetId === null) return;
    const target = db.prepare("SELECT analysis_id, retired_at FROM risk_assets WHERE id = ?").get(flow.toAssetId) as { analysis_id: string; retired_at: string | null } | undefined;
    const problem =
      flow.toAssetId === fromId
        ? "Data can't flow from an asset to itself."
        : !target || target.analysis_id !== analysisId
          ? "Choose an asset of this analysis."
          : target.retired_at !== null
            ? "That asset was retired."
            : null;
    if (problem) throw new AppFailure("VALIDATION", problem, { [`asset.flows.${index}.toAssetId`]: problem });
  });
}

function writeFlows(db: Database, analysisId: string, fromId: string, flows: readonly Flow[]): void {
  db.prepare("DELETE FROM risk_asset_flows WHERE from_asset_id = ?").run(fromId);
  const insert = db.prepare("INSERT INTO risk_asset_flows (id, analysis_id, from_asset_id, to_asset_id, vendor_name, description, position) VALUES (?, ?, ?, ?, ?, ?, ?)");
  flows.forEach((flow, position) => insert.run(randomUUID(), analysisId, fromId, flow.toAssetId, flow.toAssetId === null ? flow.vendorName : null, flow.description, position));
}

function insertAsset(db: Database, analysisId: string, actorId: string, asset: Omit<AssetInput, "flows">, templateId: string | null, now: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO risk_assets (id, analysis_id, template_id, name, kind, owner, location, vendor_name, ephi_kinds, approx_record_count, notes,
       created_by, created_at, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, analysisId, templateId, asset.name, asset.kind, asset.owner, asset.location, asset.vendorName, JSON.stringify(asset.ephiKinds), asset.approxRecordCount, asset.notes, actorId, now, actorId, now);
  return id;
}

export function addAsset(db: Database, actor: Actor, input: { year: number; asset: AssetInput }): RiskAsset {
  const { analysisId, id } = db.transaction(() => {
    const analysis = requireAnalysisByYear(db, input.year);
    assertEditable(db, analysis);
    const id = insertAsset(db, analysis.id, userIdOf(actor), input.asset, null, nowIso());
    checkFlows(db, analysis.id, id, input.asset.flows);
    writeFlows(db, analysis.id, id, input.asset.flows);
    appendAudit(db, actor, {
      action: "risk.asset-added",
      recordType: "risk-asset",
      recordId: id,
      summary: `Added "${input.asset.name}" to the ${input.year} risk analysis`,
      changes: { ...input.asset },
    });
    return { analysisId: analysis.id, id };
  })();
  return assetView(db, analysisId, id);
}

/**
 * Adds starter assets with their defaults, and the data flows between them that the templates name,
 * in both directions: with assets added now, and with assets made earlier from a template.
 */
export function addAssetsFromTemplates(db: Database, actor: Actor, input: { year: number; templateIds: string[] }): RiskAsset[] {
  const { analysisId, ids } = db.transaction(() => {
    const analysis = requireAnalysisByYear(db, input.year);
    assertEditable(db, analysis);
    const now = nowIso();
    const actorId = userIdOf(actor);
    const ids: string[] = [];
    for (const templateId of input.templateIds) {
      const template = findAssetTemplate(templateId)!;
      const { name, kind, owner, location, ephiKinds } = template;
      ids.push(insertAsset(db, analysis.id, actorId, { name, kind, owner, location, ephiKinds: [...ephiKinds], vendorName: "", approxRecordCount: null, notes: "" }, templateId, now));
    }
    const flows = addTemplateFlows(db, analysis.id, new Set(ids));
    appendAudit(db, actor, {
      action: "risk.assets-added-from-templates",
      recordType: "risk-analysis",
      recordId: analysis.id,
      summary: `Added ${ids.length} starter asset${ids.length === 1 ? "" : "s"} to the ${input.year} risk analysis`,
      changes: { templateIds: input.templateIds, assetIds: ids, flowsAdded: flows },
    });
    return { analysisId: analysis.id, ids };
  })();
  const byId = new Map(assetsOf(db, analysisId).map((asset) => [asset.id, asset]));
  return ids.map((id) => byId.get(id)!);
}

function addTemplateFlows(db: Database, analysisId: string, newIds: ReadonlySet<string>): number {
  const assets = db.prepare("SELECT id, template_id FROM risk_assets WHERE analysis_id = ? AND retired_at IS NULL AND template_id IS NOT NULL ORDER BY rowid").all(analysisId) as {
    id: string;
    template_id: string;
  }[];
  const byTemplate = new Map<string, string>();
  for (const asset of assets) if (!byTemplate.has(asset.template_id)) byTemplate.set(asset.template_id, asset.id);
  const nextPosition = db.prepare("SELECT coalesce(max(position) + 1, 0) FROM risk_asset_flows WHERE from_asset_id = ?").pluck();
  const insert = db.prepare("INSERT INTO risk_asset_flows (id, analysis_id, from_asset_id, to_asset_id, vendor_name, description, position) VALUES (?, ?, ?, ?, ?, ?, ?)");
  let added = 0;
  for (const asset of assets) {
    const template = DENTAL_ASSET_TEMPLATES.find((candidate) => candidate.id === asset.template_id);
    for (const flow of template?.flowsTo ?? []) {
      const to = "toTemplateId" in flow ? (byTemplate.get(flow.toTemplateId) ?? null) : null;
      if ("toTemplateId" in flow && to === null) continue;
      // Only flows touching a new asset: earlier assets' flows were made (or removed by the user) before.
      if (!newIds.has(asset.id) && (to === null || !newIds.has(to))) continue;
      insert.run(randomUUID(), analysisId, asset.id, to, "vendorName" in flow ? flow.vendorName : null, flow.description, nextPosition.get(asset.id) as number);
      added += 1;
    }
  }
  return added;
}

export function updateAsset(db: Database, actor: Actor, input: { id: string; asset: AssetInput }): RiskAsset {
  const analysisId = db.transaction(() => {
    const { asset, analysis } = requireAsset(db, input.id);
    assertEditable(db, analysis);
    assertActive(asset);
    checkFlows(db, analysis.id, asset.id, input.asset.flows);
    const before = assetView(db, analysis.id, asset.id);
    const { flows, ...fields } = input.asset;
    db.prepare(
      `UPDATE risk_assets SET name = ?, kind = ?, owner = ?, location = ?, vendor_name = ?, ephi_kinds = ?, approx_record_count = ?, notes = ?,
         updated_by = ?, updated_at = ? WHERE id = ?`,
    ).run(fields.name, fields.kind, fields.owner, fields.location, fields.vendorName, JSON.stringify(fields.ephiKinds), fields.approxRecordCount, fields.notes, userIdOf(actor), nowIso(), asset.id);
    writeFlows(db, analysis.id, asset.id, flows);
    const beforeInput = { ...pickInput(before), flows: before.flows.map(({ toAssetId, vendorName, description }) => ({ toAssetId, vendorName, description })) };
    const changes = changedFields(beforeInput, input.asset);
    if (Object.keys(changes).length > 0) {
      appendAudit(db, actor, { action: "risk.asset-updated", recordType: "risk-asset", recordId: asset.id, summary: `Changed the asset "${fields.name}"`, changes });
    }
    return analysis.id;
  })();
  return assetView(db, analysisId, input.id);
}

function pickInput(asset: RiskAsset): Omit<AssetInput, "flows"> {
  const { name, kind, owner, location, vendorName, ephiKinds, approxRecordCount, notes } = asset;
  return { name, kind, owner, location, vendorName, ephiKinds, approxRecordCount, notes };
}

/** A system replaced or no longer used leaves the analysis; its risks no longer count, but stay on record. */
export function retireAsset(db: Database, actor: Actor, input: { id: string; reason: string }): RiskAsset {
  const analysisId = db.transaction(() => {
    const { asset, analysis } = requireAsset(db, input.id);
    assertEditable(db, analysis);
    assertActive(asset);
    const now = nowIso();
    db.prepare("UPDATE risk_assets SET retired_by = ?, retired_at = ?, retired_reason = ?, updated_by = ?, updated_at = ? WHERE id = ?").run(
      userIdOf(actor),
      now,
      input.reason,
      userIdOf(actor),
      now,
      asset.id,
    );
    // Flows into a retired asset go with it; its own outgoing flows stay on its record.
    const flowsRemoved = db.prepare("DELETE FROM risk_asset_flows WHERE to_asset_id = ?").run(asset.id).changes;
    appendAudit(db, actor, {
      action: "risk.asset-retired",
      recordType: "risk-asset",
      recordId: asset.id,
      summary: `Retired "${asset.name}" from the ${analysis.year} risk analysis`,
      changes: { reason: input.reason, flowsIntoItRemoved: flowsRemoved },
    });
    return analysis.id;
  })();
  return assetView(db, analysisId, input.id);
}
