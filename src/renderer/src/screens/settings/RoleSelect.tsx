import type { UseFormRegisterReturn } from "react-hook-form";
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from "../../../../shared/model/roles";
import { Field } from "../../components/Field";

/** The role a user has, with what each role may do spelled out beside the list. */
export function RoleSelect({ registration, error }: { registration: UseFormRegisterReturn; error: string | undefined }) {
  return (
    <Field
      label="Role"
      error={error}
      hint={
        <ul className="role-list">
          {ROLES.map((role) => (
            <li key={role}>
              <strong>{ROLE_LABELS[role]}:</strong> {ROLE_DESCRIPTIONS[role]}
            </li>
          ))}
        </ul>
      }
    >
      {(control) => (
        <select {...control} {...registration}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
