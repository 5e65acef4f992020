import { useEffect, useState } from "react";
import type { PolicyDetail } from "../../../../shared/model/policy";
import { roleMayUse } from "../../../../shared/model/roles";
import { nextReviewDate, retentionDate } from "../../../../shared/rules/policyRetention";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Dialog } from "../../components/Dialog";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDateTime } from "../../format/dates";
import { AcknowledgeForm } from "./AcknowledgeForm";
import { AcknowledgmentList } from "./AcknowledgmentList";
import { PolicyEditForm } from "./PolicyEditForm";
import { policyListHref } from "./policyRoute";
import { PolicyText } from "./PolicyText";
import { ReviewForm } from "./ReviewForm";
import { StatusBadge } from "./StatusBadge";
import { VersionHistory } from "./VersionHistory";

type Open = "approve" | "review" | "acknowledge" | "redraft" | null;

/** One policy: its text, the draft waiting for approval, the actions on it, its acknowledgments and its history. */
export function PolicyPage({ policyId }: { policyId: string }) {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const timeZone = practice?.timeZone;
  const mayEdit = roleMayUse(session.user.role, "edit");
  const isAdmin = roleMayUse(session.user.role, "admin");
  const [detail, setDetail] = useState<PolicyDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("policies.get", { policyId }).then((result) => {
      if (!live) return;
      if (result.ok) setDetail(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, policyId]);

  if (!detail) {
    return (
      <>
        <p className="policy-breadcrumb">
          <a href={policyListHref()}>All policies</a>
        </p>
        <PageHeading>Policy</PageHeading>
        <FormAlert message={loadError} />
        {loadError ? null : <p>Loading the policy…</p>}
      </>
    );
  }

  const { policy, draft, inEffect } = detail;
  const latest = detail.versions[0]!;
  const acknowledged = policy.inEffect?.acknowledgments ?? 0;
  const finish = (next: PolicyDetail, message: string) => {
    setDetail(next);
    setOpen(null);
    setEditing(false);
    setDone(message);
  };

  const approve = async (): Promise<string | null> => {
    if (!draft) return null;
    const result = await invoke("policies.approve", { versionId: draft.id });
    if (!result.ok) return result.error.message;
    finish(result.value, `Version ${draft.number} is now in effect. Ask the staff to read it and acknowledge it.`);
    return null;
  };

  const redraft = async (): Promise<string | null> => {
    const result = await invoke("policies.redraft", { policyId: policy.id, baseVersionId: latest.id });
    if (!result.ok) return result.error.message;
    finish(result.value, `Version ${latest.number + 1} was written from the template as a draft.`);
    return null;
  };

  return (
    <>
      <p className="policy-breadcrumb">
        <a href={policyListHref()}>All policies</a>
      </p>
      <PageHeading>{policy.title}</PageHeading>
      <p className="lead">{policy.summary}</p>
      <p className="policy-standing">
        <StatusBadge status={policy.status} />{" "}
        {inEffect
          ? `Version ${inEffect.number} in effect since ${formatDay(inEffect.effectiveFrom ?? "")}. Next review by ${formatDay(inEffect.nextReviewDate ?? "")}.`
          : "Not in effect yet: an Administrator approves the draft to put it into effect."}
      </p>
      {detail.reviewDue && inEffect ? (
        <div className="alert alert-warning">
          The yearly review of this policy was due on {formatDay(inEffect.nextReviewDate ?? "")}. Read it through: if it needs changes, edit it and approve the new version;
          if not, an Administrator records the review.
        </div>
      ) : null}
      <StatusMessage>{done}</StatusMessage>

      {editing ? (
        <section className="policy-section" aria-labelledby="policy-edit-title">
          <h2 id="policy-edit-title">Edit the policy</h2>
          <PolicyEditForm
            policyId={policy.id}
            base={latest}
            onSaved={(next) => finish(next, `Version ${next.versions[0]?.number ?? ""} was saved as a draft. An Administrator approves it to put it into effect.`)}
            onCancel={() => setEditing(false)}
          />
        </section>
      ) : (
        <>
          <div className="policy-actions">
            {mayEdit ? (
              <button type="button" className="button-primary" onClick={() => setEditing(true)}>
                Edit the policy
              </button>
            ) : null}
            {isAdmin && draft ? (
              <button type="button" className="button-primary" onClick={() => setOpen("approve")}>
                Approve version {draft.number}
              </button>
            ) : null}
            {isAdmin && inEffect ? (
              <button type="button" className="button-secondary" onClick={() => setOpen("review")}>
                Record the yearly review
              </button>
            ) : null}
            {mayEdit && policy.templateId ? (
              <button type="button" className="button-secondary" onClick={() => setOpen("redraft")}>
                Start a new draft from the template
              </button>
            ) : null}
          </div>
          {draft && !isAdmin ? <p className="read-only-note">An Administrator approves the draft to put it into effect.</p> : null}
          {!mayEdit ? <p className="read-only-note">Your role is Read-only: you can read the policy and its history but not change it.</p> : null}

          {draft ? (
            <section className="policy-section" aria-labelledby="policy-draft-title">
              <h2 id="policy-draft-title">Draft: version {draft.number}, waiting for approval</h2>
              <p className="hint">
                Saved by {draft.createdBy.name} on {formatDateTime(draft.createdAt, timeZone)}. {draft.changeSummary}
              </p>
              {draft.editorNotes.length > 0 ? (
                <div className="alert alert-warning policy-notes">
                  <p>
                    <strong>Check before approving.</strong> These notes are for you and are not part of the policy:
                  </p>
                  <ul>
                    {draft.editorNotes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <PolicyText body={draft.body} />
            </section>
          ) : null}
          {inEffect && draft ? (
            <details className="policy-version-text policy-in-effect-details">
              <summary>Read the version in effect now (version {inEffect.number})</summary>
              <PolicyText body={inEffect.body} headingLevel={4} />
            </details>
          ) : inEffect ? (
            <section className="policy-section" aria-labelledby="policy-in-effect-title">
              <h2 id="policy-in-effect-title">Version {inEffect.number}, in effect</h2>
              <p className="hint">
                Approved by {inEffect.approvedBy?.name} on {formatDateTime(inEffect.approvedAt ?? "", timeZone)}.
              </p>
              <PolicyText body={inEffect.body} />
            </section>
          ) : null}
        </>
      )}

      <section className="policy-section" aria-labelledby="policy-ack-title">
        <h2 id="policy-ack-title">Acknowledgments</h2>
        {inEffect ? (
          <>
            <p>
              Each staff member reads the version in effect and signs for it by typing their own name on this computer.
              {acknowledged > 0 ? ` ${acknowledged} ${acknowledged === 1 ? "person has" : "people have"} acknowledged version ${inEffect.number}.` : ""}
            </p>
            {mayEdit ? (
              <button type="button" className="button-secondary" onClick={() => setOpen("acknowledge")}>
                Acknowledge version {inEffect.number}
              </button>
            ) : null}
          </>
        ) : (
          <p>Staff acknowledge the policy once a version is in effect.</p>
        )}
        {inEffect || detail.acknowledgments.length > 0 ? <AcknowledgmentList acknowledgments={detail.acknowledgments} timeZone={timeZone} /> : null}
      </section>

      <VersionHistory versions={detail.versions} reviews={detail.reviews} timeZone={timeZone} />

      <ConfirmDialog open={open === "approve"} title={draft ? `Approve version ${draft.number}?` : "Approve the draft?"} confirmLabel="Approve and put into effect" onConfirm={approve} onCancel={() => setOpen(null)}>
        {draft ? (
          <>
            <p>
              Version {draft.number} of “{draft.title}” takes effect today, {formatDay(detail.today)}. Its yearly review will be due on {formatDay(nextReviewDate(detail.today))}.
            </p>
            {inEffect ? (
              <p>
                Version {inEffect.number}, in effect since {formatDay(inEffect.effectiveFrom ?? "")}, stops being in effect today. It stays in the history and is kept until{" "}
                {formatDay(retentionDate(inEffect.createdOn, detail.today) ?? "")}.
              </p>
            ) : null}
            {draft.editorNotes.length > 0 ? <p>This draft still has notes to check. Approve it only if you have checked them.</p> : null}
          </>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={open === "redraft"}
        title="Start a new draft from the template?"
        confirmLabel="Write a new draft"
        onConfirm={redraft}
        onCancel={() => setOpen(null)}
      >
        <p>
          Safeguard Desk writes the template's text again as version {latest.number + 1}, with the practice profile and assessment answers as they are now. Every earlier
          version stays in the history. Changes made by hand in version {latest.number} are not carried over: copy them first if you want to keep them.
        </p>
      </ConfirmDialog>
      <Dialog open={open === "review"} title="Record the yearly review" onClose={() => setOpen(null)}>
        {open === "review" && inEffect ? (
          <ReviewForm
            policyId={policy.id}
            version={inEffect}
            today={detail.today}
            onDone={(next) => finish(next, `The review was recorded. The next one is due on ${formatDay(next.inEffect?.nextReviewDate ?? "")}.`)}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </Dialog>
      <Dialog open={open === "acknowledge"} title={`Acknowledge “${policy.title}”`} onClose={() => setOpen(null)}>
        {open === "acknowledge" && inEffect ? (
          <AcknowledgeForm
            practiceName={detail.practiceName}
            version={inEffect}
            onDone={(next, name) => finish(next, `${name}'s acknowledgment of version ${inEffect.number} was recorded.`)}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
