import type { SampleDriver } from "./sampleDriver";
import type { SampleWorkforce } from "./sampleWorkforce";

/**
 * The written policies and procedures (45 CFR 164.316): the set generated from the assessment and
 * approved, the device and media policy edited this year for the new intraoral sensors and waiting for
 * approval, and acknowledgments typed by a few of the staff. Approval dates are the day the sample is
 * made: the services date an approval when it happens.
 */

/** The policy edited this year; its draft waits for the Administrator's approval. */
export const EDITED_POLICY = "device-media";

const SENSOR_SECTION = [
  "## Intraoral sensors",
  "The intraoral sensors bought this year store images only until they are imported into the imaging software. At the end of each day the assistant checks that every image was imported, and the sensors' cache is cleared.",
  "- A sensor sent away for repair or replacement is cleared first; if it cannot be cleared, the repair company's Business Associate Agreement must be on file before it is sent.",
  "- A retired sensor is returned to the dealer for certified destruction, and the certificate is kept with this policy for six years.",
].join("\n\n");

/** Staff who have read the policies in effect on the front-desk computer and typed their names. */
const ACKNOWLEDGING = ["Jamal Reed", "Sofia Alvarez", "Olivia Grant", "Hannah Cho"];
const ACKNOWLEDGED_POLICIES = ["security-program", "workstations", EDITED_POLICY];

export async function buildSamplePolicies(driver: SampleDriver, workforce: SampleWorkforce): Promise<void> {
  const generated = await driver.must("policies.generate", {});
  for (const policy of generated.policies) {
    if (policy.latestVersion.status === "draft") await driver.must("policies.approve", { versionId: policy.latestVersion.id });
  }

  const approved = await driver.must("policies.list", {});
  const names = new Set(workforce.current.map((member) => member.fullName));
  for (const templateId of ACKNOWLEDGED_POLICIES) {
    const policy = approved.policies.find((candidate) => candidate.templateId === templateId);
    if (!policy?.inEffect) throw new Error(`The sample practice could not be made: the "${templateId}" policy is not in effect.`);
    for (const name of ACKNOWLEDGING.filter((person) => names.has(person))) {
      await driver.must("policies.acknowledge", { versionId: policy.inEffect.versionId, typedName: name });
    }
  }

  const deviceMedia = approved.policies.find((candidate) => candidate.templateId === EDITED_POLICY);
  if (!deviceMedia) throw new Error(`The sample practice could not be made: the policy set has no "${EDITED_POLICY}" policy.`);
  const detail = await driver.must("policies.get", { policyId: deviceMedia.id });
  const base = detail.versions.find((version) => version.id === detail.latestVersionId)!;
  await driver.must("policies.edit", {
    policyId: deviceMedia.id,
    baseVersionId: base.id,
    title: base.title,
    body: `${base.body}\n\n${SENSOR_SECTION}`,
    changeSummary: "Added how the new intraoral sensors are cleared, repaired and retired.",
  });
}
