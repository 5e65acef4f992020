import type { UseFormRegisterReturn } from "react-hook-form";
import { ASSET_GROUP_LABELS, ASSET_GROUPS, ASSET_KIND_INFO, ASSET_KINDS } from "../../../../shared/risk/assetKinds";
import { Field } from "../../components/Field";

/** The kind of asset, grouped as the inventory is (software, devices, paper to electronic, places, vendors). */
export function AssetKindSelect({ registration, error }: { registration: UseFormRegisterReturn; error: string | undefined }) {
  return (
    <Field label="Kind" hint="The app suggests the usual risks for each kind." error={error}>
      {(props) => (
        <select {...props} {...registration}>
          <option value="">Choose a kind…</option>
          {ASSET_GROUPS.map((group) => (
            <optgroup key={group} label={ASSET_GROUP_LABELS[group]}>
              {ASSET_KINDS.filter((kind) => ASSET_KIND_INFO[kind].group === group).map((kind) => (
                <option key={kind} value={kind}>
                  {ASSET_KIND_INFO[kind].label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
