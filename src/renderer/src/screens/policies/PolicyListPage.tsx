import { useEffect, useState } from "react";
import type { PolicyList } from "../../../../shared/model/policy";
import { roleMayUse } from "../../../../shared/model/roles";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { shortCitations } from "./policyLabels";
import { policyHref } from "./policyRoute";
import { StatusBadge } from "./StatusBadge";

/** The practice's policies with their standing, and the button that generates the set from the templates. */
export function PolicyListPage() {
  const invoke = useInvoke();
  const { session } = useSession();
  const mayEdit = roleMayUse(session.user.role, "edit");
  const [list, setList] = useState<PolicyList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void invoke("policies.list", {}).then((result) => {
      if (!live) return;
      if (result.ok) setList(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const generate = async () => {
    setBusy(true);
    setDone(null);
    setError(null);
    const before = list?.policies.length ?? 0;
    const result = await invoke("policies.generate", {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setList(result.value);
    const added = result.value.policies.length - before;
    setDone(
      `${added} ${added === 1 ? "policy was" : "policies were"} written as drafts for your practice. Open each one to read it, change it where your practice works differently, and have an Administrator approve it.`,
    );
  };

  const counts = list
    ? {
        inEffect: list.policies.filter((p) => p.status !== "draft").length,
        drafts: list.policies.filter((p) => p.hasDraft).length,
        due: list.policies.filter((p) => p.status === "review-due").length,
      }
    : null;

  return (
    <>
      <PageHeading>Policies</PageHeading>
      <p className="lead">
        The practice's written security policies and procedures (45 CFR 164.316). Each starts from a template written for a small dental office and tailored to your
        practice profile and assessment answers. An Administrator approves each version before it takes effect, each policy is reviewed every year, and every earlier
        version is kept for at least six years.
      </p>
      <FormAlert message={error} />
      <StatusMessage>{done}</StatusMessage>
      {list && list.missingTemplates.length > 0 ? (
        <section className="policies-generate" aria-labelledby="policies-generate-title">
          <h2 id="policies-generate-title">{list.policies.length === 0 ? "Start your policy set" : "Policies not in your set yet"}</h2>
          <p>
            {list.policies.length === 0
              ? `Safeguard Desk writes ${list.missingTemplates.length} policies as drafts, covering every standard of the Security Rule and the Breach Notification Rule, with your practice's name, your Security Official, and what your assessment says about laptops, backups, e-mail and remote access.`
              : `These templates are not in your set yet: ${list.missingTemplates.map((t) => t.title).join("; ")}.`}
          </p>
          {mayEdit ? (
            <button type="button" className="button-primary" onClick={() => void generate()} disabled={busy}>
              {busy ? "Writing the policies…" : list.policies.length === 0 ? "Generate the policy set" : "Add the missing policies"}
            </button>
          ) : (
            <p className="read-only-note">Staff or an Administrator can generate the policies.</p>
          )}
        </section>
      ) : null}
      {list && counts && list.policies.length > 0 ? (
        <>
          <p className="policies-counts" aria-live="polite">
            {counts.inEffect} of {list.policies.length} in effect · {counts.drafts} {counts.drafts === 1 ? "draft" : "drafts"} waiting for approval · {counts.due}{" "}
            {counts.due === 1 ? "review" : "reviews"} due
          </p>
          <div className="table-wrap">
            <table className="data-table policies-table">
              <caption className="visually-hidden">The practice's security policies</caption>
              <thead>
                <tr>
                  <th scope="col">Policy</th>
                  <th scope="col">Status</th>
                  <th scope="col">Version in effect</th>
                  <th scope="col">Next review</th>
                  <th scope="col" className="numeric">
                    Acknowledged
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.policies.map((policy) => (
                  <tr key={policy.id}>
                    <th scope="row">
                      <a href={policyHref(policy.id)}>{policy.title}</a>
                      <div className="policy-cfr">{shortCitations(policy.cfr)}</div>
                    </th>
                    <td>
                      <StatusBadge status={policy.status} />
                      {policy.hasDraft && policy.inEffect ? <div className="hint">Changes waiting for approval</div> : null}
                    </td>
                    <td>{policy.inEffect ? `Version ${policy.inEffect.number}, since ${formatDay(policy.inEffect.effectiveFrom)}` : "Not approved yet"}</td>
                    <td>{policy.inEffect ? formatDay(policy.inEffect.nextReviewDate) : "After approval"}</td>
                    <td className="numeric">{policy.inEffect ? policy.inEffect.acknowledgments : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : list ? null : error ? null : (
        <p>Loading the policies…</p>
      )}
    </>
  );
}
