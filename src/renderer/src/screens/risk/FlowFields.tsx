import type { FieldErrors, UseFieldArrayReturn, UseFormRegister } from "react-hook-form";
import type { RiskAsset } from "../../../../shared/model/risk";
import { Field } from "../../components/Field";
import type { AssetFormInput } from "./assetForm";

interface FlowFieldsProps {
  fields: UseFieldArrayReturn<AssetFormInput, "flows">;
  register: UseFormRegister<AssetFormInput>;
  errors: FieldErrors<AssetFormInput>;
  otherAssets: readonly RiskAsset[];
}

/** Where the asset sends patient information: to another asset of the inventory, or to a vendor. */
export function FlowFields({ fields, register, errors, otherAssets }: FlowFieldsProps) {
  return (
    <fieldset className="plain-fieldset field flow-fields">
      <legend className="risk-legend">Where its patient information goes</legend>
      <p className="hint">For example: the practice software sends claims to the clearinghouse, and its database is backed up online.</p>
      {fields.fields.length === 0 ? <p className="empty">No data flows listed.</p> : null}
      {fields.fields.map((flow, index) => {
        const flowErrors = errors.flows?.[index];
        return (
          <div key={flow.id} className="flow-row" role="group" aria-label={`Data flow ${index + 1}`}>
            <Field label="Goes to" error={flowErrors?.toAssetId?.message}>
              {(props) => (
                <select {...props} {...register(`flows.${index}.toAssetId`)}>
                  <option value="">A vendor or someone outside (type the name)</option>
                  {otherAssets.map((asset) => (
                    <option key={asset.id} value={asset.id}>
                      {asset.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Vendor or recipient" hint="Only when it goes outside the inventory." error={flowErrors?.vendorName?.message}>
              {(props) => <input {...props} {...register(`flows.${index}.vendorName`)} autoComplete="off" />}
            </Field>
            <Field label="What is sent" error={flowErrors?.description?.message}>
              {(props) => <input {...props} {...register(`flows.${index}.description`)} autoComplete="off" />}
            </Field>
            <button type="button" className="button-danger-quiet button-small" onClick={() => fields.remove(index)}>
              {`Remove data flow ${index + 1}`}
            </button>
          </div>
        );
      })}
      <button type="button" className="button-secondary button-small" onClick={() => fields.append({ toAssetId: "", vendorName: "", description: "" })}>
        Add a data flow
      </button>
    </fieldset>
  );
}
