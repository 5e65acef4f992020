import { useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import type { UserSummary } from "../../../../shared/model/account";
import { ACTION_ITEM_PRIORITIES, ACTION_ITEM_STATUS_LABELS, ACTION_ITEM_STATUSES, type ActionItemOwner } from "../../../../shared/model/actionItem";
import { ROLE_LABELS } from "../../../../shared/model/roles";
import { Field } from "../../components/Field";
import { NO_OWNER, OTHER_OWNER, type ActionItemFormInput } from "./actionItemSchema";
import { PRIORITY_LABELS } from "./labels";

interface ActionItemFieldsProps {
  register: UseFormRegister<ActionItemFormInput>;
  control: Control<ActionItemFormInput>;
  errors: FieldErrors<ActionItemFormInput>;
  owners: UserSummary[];
  /** The current owner, kept as a choice even if their account has since been removed. */
  currentOwner: ActionItemOwner | null;
  /** A new item always starts open. */
  withStatus: boolean;
}

/** Title, owner (a user, or someone without an account), due date, priority, status and notes. */
export function ActionItemFields({ register, control, errors, owners, currentOwner, withStatus }: ActionItemFieldsProps) {
  const ownerChoice = useWatch({ control, name: "ownerChoice" });
  const removedOwner = currentOwner?.kind === "user" && !owners.some((user) => user.id === currentOwner.userId) ? currentOwner : null;
  return (
    <>
      <Field label="What needs to be done" error={errors.title?.message}>
        {(props) => <textarea {...props} {...register("title")} rows={3} />}
      </Field>
      <Field label="Owner" hint="Who makes sure it gets done." error={errors.ownerChoice?.message}>
        {(props) => (
          <select {...props} {...register("ownerChoice")}>
            <option value={NO_OWNER}>No owner yet</option>
            {owners.map((user) => (
              <option key={user.id} value={user.id}>
                {user.fullName} ({ROLE_LABELS[user.role]})
              </option>
            ))}
            {removedOwner ? <option value={removedOwner.userId}>{removedOwner.name} (no longer has an account)</option> : null}
            <option value={OTHER_OWNER}>Someone without an account (type the name)</option>
          </select>
        )}
      </Field>
      {ownerChoice === OTHER_OWNER ? (
        <Field label="Owner's name" hint="For example your IT provider: “Acme IT, Sam Lee”." error={errors.ownerName?.message}>
          {(props) => <input {...props} {...register("ownerName")} autoComplete="off" />}
        </Field>
      ) : null}
      <div className="form-grid">
        <Field label="Due date" error={errors.dueDate?.message}>
          {(props) => <input {...props} {...register("dueDate")} type="date" className="input-date" />}
        </Field>
        <Field label="Priority" error={errors.priority?.message}>
          {(props) => (
            <select {...props} {...register("priority")}>
              {ACTION_ITEM_PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {PRIORITY_LABELS[priority]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {withStatus ? (
          <Field label="Status" error={errors.status?.message}>
            {(props) => (
              <select {...props} {...register("status")}>
                {ACTION_ITEM_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {ACTION_ITEM_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <Field label="Notes (optional)" error={errors.notes?.message}>
        {(props) => <textarea {...props} {...register("notes")} rows={2} />}
      </Field>
    </>
  );
}
