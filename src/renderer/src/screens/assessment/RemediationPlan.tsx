import { useState } from "react";
import type { UserSummary } from "../../../../shared/model/account";
import { ACTION_ITEM_STATUS_LABELS, ACTION_ITEM_STATUSES, type ActionItem, type ActionItemStatus } from "../../../../shared/model/actionItem";
import { useInvoke } from "../../api/ApiContext";
import { Dialog } from "../../components/Dialog";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDate } from "../../format/dates";
import { EditActionItemForm } from "./EditActionItemForm";
import { PRIORITY_LABELS } from "./labels";
import { useYear } from "./YearContext";

function sourceText(item: ActionItem): string {
  return item.source.kind === "assessment-gap" ? `${item.source.assessmentYear} assessment: ${item.source.cfr} ${item.source.name}` : "Risk analysis";
}

/**
 * The one remediation plan (45 CFR 164.308(a)(1)(ii)(B)): gaps from every year's assessment and the
 * risk analysis's mitigation steps. It stays open to changes after an assessment is finalized.
 */
export function RemediationPlan({ items, owners, onChanged }: { items: ActionItem[]; owners: UserSummary[]; onChanged: () => Promise<void> }) {
  const invoke = useInvoke();
  const { mayPlan } = useYear();
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const setStatus = async (item: ActionItem, status: ActionItemStatus) => {
    setError(null);
    setDone(null);
    const result = await invoke("actionItems.update", { id: item.id, status });
    if (!result.ok) return setError(result.error.message);
    await onChanged();
    setDone(`Saved: “${item.title}” is now ${ACTION_ITEM_STATUS_LABELS[status].toLowerCase()}.`);
  };

  return (
    <section className="panel" aria-labelledby="plan-title">
      <h3 id="plan-title">Remediation plan</h3>
      <p>
        Every gap turned into an action item, from this and earlier assessments, and the steps from the risk analysis. The plan stays open after an
        assessment is finalized: closing gaps is the work that follows it.
      </p>
      <FormAlert message={error} />
      <StatusMessage>{done}</StatusMessage>
      {items.length === 0 ? (
        <p className="empty">No action items yet. Use “Add to the plan” beside a gap above.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table plan-table">
            <caption className="visually-hidden">Action items of the remediation plan</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Priority</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                {mayPlan ? <th scope="col">Change</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    {item.title}
                    <div className="hint">From the {sourceText(item)}</div>
                  </th>
                  <td>{PRIORITY_LABELS[item.priority]}</td>
                  <td>{item.owner ? `${item.owner.name}${item.owner.kind === "user" && !item.owner.active ? " (no longer has an account)" : ""}` : "No owner yet"}</td>
                  <td className="nowrap">
                    {item.dueDate ? formatDate(`${item.dueDate}T12:00:00Z`, "UTC") : "No date"}
                    {item.overdue ? <span className="badge badge-overdue">Overdue</span> : null}
                  </td>
                  <td>
                    {mayPlan ? (
                      <select aria-label={`Status of “${item.title}”`} value={item.status} onChange={(event) => void setStatus(item, event.target.value as ActionItemStatus)}>
                        {ACTION_ITEM_STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {ACTION_ITEM_STATUS_LABELS[status]}
                          </option>
                        ))}
                      </select>
                    ) : (
                      ACTION_ITEM_STATUS_LABELS[item.status]
                    )}
                  </td>
                  {mayPlan ? (
                    <td>
                      <button type="button" className="button-secondary button-small" onClick={() => setEditing(item)} aria-label={`Edit “${item.title}”`}>
                        Edit
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog open={editing !== null} title="Edit the action item" onClose={() => setEditing(null)}>
        {editing ? (
          <EditActionItemForm
            item={editing}
            owners={owners}
            onDone={() => {
              setEditing(null);
              setDone("The action item was saved.");
              void onChanged();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </section>
  );
}
