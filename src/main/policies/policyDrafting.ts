import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { findPolicyTemplate, POLICY_TEMPLATES } from "../../shared/content/policies";
import type { PolicyDetail, PolicyList } from "../../shared/model/policy";
import { describePolicyDiff, diffPolicyText, isUnchanged } from "../../shared/rules/policyDiff";
import { draftPolicy, tailorPolicies } from "../../shared/rules/policyTailoring";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { readPractice } from "../services/practiceService";
import { readPolicyFacts } from "./policyFactsReader";
import { insertDraftVersion, latestVersion, nowIso, requirePolicy, userIdOf, type VersionRow } from "./policyRecords";
import { listPolicies, policyDetail } from "./policyViews";

/**
 * Writing policies: generating the set from the templates, saving an edit, and starting a new draft
 * from the template. Every one of them adds a new draft version; no version's text is ever changed.
 */

/** Adds each template not yet in the vault as a policy with a first draft, tailored to the practice. */
export function generatePolicySet(db: Database, actor: Actor): PolicyList {
  db.transaction(() => {
    const existing = new Set(db.prepare("SELECT template_id FROM policies WHERE template_id IS NOT NULL").pluck().all() as string[]);
    const missing = POLICY_TEMPLATES.map((template, position) => ({ template, position })).filter(({ template }) => !existing.has(template.id));
    if (missing.length === 0) return;
    const profile = readPractice(db);
    const tailoring = tailorPolicies(profile, readPolicyFacts(db));
    const now = nowIso();
    const created: string[] = [];
    for (const { template, position } of missing) {
      const draft = draftPolicy(template, tailoring);
      const id = randomUUID();
      db.prepare("INSERT INTO policies (id, template_id, position, created_by, created_at) VALUES (?, ?, ?, ?, ?)").run(id, template.id, position, userIdOf(actor), now);
      insertDraftVersion(db, actor, id, {
        title: draft.title,
        summary: draft.summary,
        cfr: draft.cfr,
        body: draft.body,
        source: "template",
        changeSummary: `Generated from the Safeguard Desk template for ${profile.name}.`,
        diffSummary: "First version.",
        editorNotes: draft.editorNotes,
      });
      created.push(template.title);
    }
    appendAudit(db, actor, {
      action: "policies.generated",
      recordType: "policy",
      summary: `Generated ${created.length} security ${created.length === 1 ? "policy" : "policies"} as drafts from the templates`,
      changes: { policies: created, defaultsUsed: tailoring.defaulted },
    });
  })();
  return listPolicies(db);
}

/** An edit or a redraft starts from the latest version; if someone saved a newer one meanwhile, say so instead of overwriting it. */
function assertLatest(db: Database, policyId: string, baseVersionId: string): VersionRow {
  const latest = latestVersion(db, policyId);
  if (latest.id !== baseVersionId) {
    throw new AppFailure(
      "CONFLICT",
      `Someone saved version ${latest.number} of this policy while you were working on it, so your change was not saved. Your text is still here: copy it, open the policy again from All policies, and apply your change to version ${latest.number}.`,
    );
  }
  return latest;
}

export function editPolicy(db: Database, actor: Actor, input: { policyId: string; baseVersionId: string; title: string; body: string; changeSummary: string }): PolicyDetail {
  db.transaction(() => {
    const policy = requirePolicy(db, input.policyId);
    const base = assertLatest(db, policy.id, input.baseVersionId);
    const diff = diffPolicyText({ title: base.title, body: base.body }, { title: input.title, body: input.body });
    if (isUnchanged(diff)) {
      throw new AppFailure("VALIDATION", "Nothing in the title or the text changed, so no new version was saved.", { body: "Change the text, or cancel." });
    }
    const version = insertDraftVersion(db, actor, policy.id, {
      title: input.title,
      summary: base.summary,
      cfr: JSON.parse(base.cfr) as string[],
      body: input.body,
      source: "edit",
      changeSummary: input.changeSummary,
      diffSummary: describePolicyDiff(diff),
      editorNotes: JSON.parse(base.editor_notes) as string[],
    });
    appendAudit(db, actor, {
      action: "policies.edited",
      recordType: "policy-version",
      recordId: version.id,
      summary: `Saved version ${version.number} of the policy "${input.title}" as a draft`,
      changes: { policyId: policy.id, basedOn: base.number, changeSummary: input.changeSummary, diff: version.diff_summary },
    });
  })();
  return policyDetail(db, input.policyId);
}

/** A new draft with the template's text for today's profile and answers, e.g. after the assessment filled in a missing answer. */
export function redraftPolicy(db: Database, actor: Actor, input: { policyId: string; baseVersionId: string }): PolicyDetail {
  db.transaction(() => {
    const policy = requirePolicy(db, input.policyId);
    const template = policy.template_id ? findPolicyTemplate(policy.template_id) : undefined;
    if (!template) throw new AppFailure("CONFLICT", "This policy was not made from a template, so there is no template to start from.");
    const base = assertLatest(db, policy.id, input.baseVersionId);
    const draft = draftPolicy(template, tailorPolicies(readPractice(db), readPolicyFacts(db)));
    const diff = diffPolicyText({ title: base.title, body: base.body }, { title: draft.title, body: draft.body });
    if (isUnchanged(diff)) {
      throw new AppFailure("CONFLICT", `The template gives the same text as version ${base.number}, so no new draft was made.`);
    }
    const version = insertDraftVersion(db, actor, policy.id, {
      title: draft.title,
      summary: draft.summary,
      cfr: draft.cfr,
      body: draft.body,
      source: "template",
      changeSummary: "Started again from the Safeguard Desk template, with the current practice profile and assessment answers.",
      diffSummary: describePolicyDiff(diff),
      editorNotes: draft.editorNotes,
    });
    appendAudit(db, actor, {
      action: "policies.redrafted",
      recordType: "policy-version",
      recordId: version.id,
      summary: `Started version ${version.number} of the policy "${draft.title}" from the template`,
      changes: { policyId: policy.id, basedOn: base.number, diff: version.diff_summary },
    });
  })();
  return policyDetail(db, input.policyId);
}
