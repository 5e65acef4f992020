import { z } from "zod";
import { assetInputSchema, type RiskAsset } from "../../../../shared/model/risk";
import { forSchema } from "./forSchema";

/**
 * The asset form as typed: every box is text, an empty records box means "don't know", and a data
 * flow goes either to another asset (chosen from the list) or to a vendor (typed), never both.
 */
const flowFormSchema = z.object({ toAssetId: z.string(), vendorName: z.string(), description: z.string() });

export const assetFormSchema = z
  .object({
    name: z.string(),
    kind: z.string(),
    owner: z.string(),
    location: z.string(),
    vendorName: z.string(),
    ephiKinds: z.array(z.string()),
    approxRecordCount: z.string(),
    notes: z.string(),
    flows: z.array(flowFormSchema),
  })
  .superRefine((form, context) => {
    // Said here, on the box to fill, rather than by the shared schema's "not both" on the list.
    form.flows.forEach((flow, index) => {
      if (flow.toAssetId === "" && flow.vendorName.trim() === "") {
        context.addIssue({ code: "custom", path: ["flows", index, "vendorName"], message: "Name the vendor or recipient, or choose an asset from the list." });
      }
    });
  })
  .transform((form) =>
    forSchema(assetInputSchema, {
      ...form,
    ephiKinds: Array.isArray(form.ephiKinds) ? form.ephiKinds : [],
    approxRecordCount: form.approxRecordCount.trim() === "" ? null : Number(form.approxRecordCount.replace(/[,\s]/g, "")),
    flows: form.flows.map((flow) =>
      flow.toAssetId === "" ? { toAssetId: null, vendorName: flow.vendorName, description: flow.description } : { toAssetId: flow.toAssetId, vendorName: "", description: flow.description },
    ),
    }),
  )
  .pipe(assetInputSchema);

export type AssetFormInput = z.input<typeof assetFormSchema>;
export type AssetFormOutput = z.output<typeof assetFormSchema>;

export const ASSET_FORM_FIELDS = ["name", "kind", "owner", "location", "vendorName", "ephiKinds", "approxRecordCount", "notes"];

export const EMPTY_ASSET_FORM: AssetFormInput = {
  name: "",
  kind: "",
  owner: "",
  location: "",
  vendorName: "",
  ephiKinds: [],
  approxRecordCount: "",
  notes: "",
  flows: [],
};

export function assetFormValues(asset: RiskAsset): AssetFormInput {
  return {
    name: asset.name,
    kind: asset.kind,
    owner: asset.owner,
    location: asset.location,
    vendorName: asset.vendorName,
    ephiKinds: [...asset.ephiKinds],
    approxRecordCount: asset.approxRecordCount === null ? "" : String(asset.approxRecordCount),
    notes: asset.notes,
    flows: asset.flows.map((flow) => ({ toAssetId: flow.toAssetId ?? "", vendorName: flow.vendorName, description: flow.description })),
  };
}

/** Field names for the server's messages, including each flow's ("flows.0.toAssetId"). */
export function assetFieldNames(flowCount: number): string[] {
  const flows = Array.from({ length: flowCount }, (_, index) => [`flows.${index}.toAssetId`, `flows.${index}.vendorName`, `flows.${index}.description`]).flat();
  return [...ASSET_FORM_FIELDS, ...flows];
}
