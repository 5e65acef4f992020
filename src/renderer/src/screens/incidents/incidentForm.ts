import { z } from "zod";
import { incidentInputSchema, type IncidentInput, type IncidentView } from "../../../../shared/model/incident";

/**
 * The incident form as the browser holds it (dates, times and numbers as the text of their inputs),
 * turned into the channel's input and checked by the same schema the main process uses.
 */
export interface IncidentFormValues {
  title: string;
  occurredOn: string;
  occurredTime: string;
  discoveredOn: string;
  discoveredTime: string;
  reportedBy: string;
  description: string;
  category: string;
  assetIds: string[];
  otherSystems: string;
  locations: string[];
  phi: string;
  informationTypes: string[];
  otherInformation: string;
  individualsAffected: string;
  residents: { state: string; count: string }[];
  businessAssociate: boolean;
  coveredEntityName: string;
}

const emptyToNull = (text: string) => (text.trim() === "" ? null : text.trim());
const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.trim().replace(/,/g, "")));

const formShape = z.object({
  title: z.string(),
  occurredOn: z.string(),
  occurredTime: z.string(),
  discoveredOn: z.string(),
  discoveredTime: z.string(),
  reportedBy: z.string(),
  description: z.string(),
  category: z.string(),
  assetIds: z.array(z.string()),
  otherSystems: z.string(),
  locations: z.array(z.string()),
  phi: z.string(),
  informationTypes: z.array(z.string()),
  otherInformation: z.string(),
  individualsAffected: z.string(),
  residents: z.array(z.object({ state: z.string(), count: z.string() })),
  businessAssociate: z.boolean(),
  coveredEntityName: z.string(),
});

export const incidentFormSchema = formShape
  .transform((form) => ({
    ...form,
    occurredOn: emptyToNull(form.occurredOn),
    occurredTime: form.occurredOn.trim() === "" ? null : emptyToNull(form.occurredTime),
    discoveredTime: emptyToNull(form.discoveredTime),
    category: form.category === "" ? undefined : form.category,
    phi: form.phi === "" ? undefined : form.phi,
    // Without patient information the fields about it are hidden, and what they still hold is dropped.
    ...(form.phi === "none"
      ? { informationTypes: [], otherInformation: "", individualsAffected: null, residents: [] }
      : {
          individualsAffected: form.individualsAffected.trim() === "" ? null : toNumber(form.individualsAffected),
          residents: form.residents.map((row) => ({ state: row.state, count: toNumber(row.count) })),
        }),
  }) as z.input<typeof incidentInputSchema>)
  // The main process's own schema checks the result, with its messages.
  .pipe(incidentInputSchema);

export const EMPTY_INCIDENT_FORM: IncidentFormValues = {
  title: "",
  occurredOn: "",
  occurredTime: "",
  discoveredOn: "",
  discoveredTime: "",
  reportedBy: "",
  description: "",
  category: "",
  assetIds: [],
  otherSystems: "",
  locations: [],
  phi: "",
  informationTypes: [],
  otherInformation: "",
  individualsAffected: "",
  residents: [],
  businessAssociate: false,
  coveredEntityName: "",
};

export function formValuesOf(incident: IncidentView): IncidentFormValues {
  return {
    title: incident.title,
    occurredOn: incident.occurredOn ?? "",
    occurredTime: incident.occurredTime ?? "",
    discoveredOn: incident.discoveredOn,
    discoveredTime: incident.discoveredTime ?? "",
    reportedBy: incident.reportedBy,
    description: incident.description,
    category: incident.category,
    assetIds: incident.assets.map((asset) => asset.id),
    otherSystems: incident.otherSystems,
    locations: incident.locations,
    phi: incident.phi,
    informationTypes: incident.informationTypes,
    otherInformation: incident.otherInformation,
    individualsAffected: incident.individualsAffected === null ? "" : String(incident.individualsAffected),
    residents: incident.residents.map((row) => ({ state: row.state, count: String(row.count) })),
    businessAssociate: incident.businessAssociate,
    coveredEntityName: incident.coveredEntityName,
  };
}

/** The form's field names, for placing the main process's per-field messages. */
export function incidentFieldNames(residentRows: number): string[] {
  const rows = Array.from({ length: residentRows }, (_, index) => [`residents.${index}.state`, `residents.${index}.count`]).flat();
  return [...Object.keys(formShape.shape), ...rows];
}

export type { IncidentInput };
