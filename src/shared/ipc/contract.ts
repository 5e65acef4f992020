import { z } from "zod";
import { newAccountSchema, newPasswordSchema, passwordSchema, personNameSchema, jobTitleSchema, roleSchema, usernameSchema, type UserSummary } from "../model/account";
import { auditFilterSchema, auditPageSchema, type AuditPage, type AuditVerification } from "../model/audit";
import { practiceProfileSchema, type PracticeProfile } from "../model/practice";
import { appSettingsSchema, type AppSettings } from "../model/settings";
import type { VaultCheck } from "../model/vaultCheck";
import type { RecoveryKeyIssued, SessionInfo, VaultStatus } from "../model/vaultStatus";
import { assessmentChannels } from "./assessmentChannels";
import { channel } from "./channel";
import { reportChannels } from "./reportChannels";
import { riskChannels } from "./riskChannels";
import { backupChannels } from "./backupChannels";
import { sampleChannels } from "./sampleChannels";
import { dashboardChannels } from "./dashboardChannels";
import { incidentChannels } from "./incidentChannels";
import { vendorChannels } from "./vendorChannels";
import { policyChannels } from "./policyChannels";
import { workforceChannels } from "./workforceChannels";
import { taskChannels } from "./taskChannels";

/**
 * The one contract between the renderer and the main process. Each channel names its input schema
 * (checked in the main process before any service sees the payload), the access level it needs, and,
 * through `output`, the type of the value it answers with. Larger domains keep their channels in
 * their own file (assessmentChannels.ts) and are spread in here.
 */
const nothing = z.object({}).strict();
const recordId = z.string().uuid("That record reference is not valid.");

export const contract = {
  "vault.status": channel<VaultStatus>()(nothing, "public"),
  "vault.create": channel<RecoveryKeyIssued>()(
    z.object({ practice: practiceProfileSchema, admin: newAccountSchema.safeExtend({ role: z.literal("administrator") }) }),
    "public",
  ),
  "vault.setAsideDamaged": channel<{ movedTo: string }>()(nothing, "public"),
  "vault.check": channel<VaultCheck>()(nothing, "read"),
  "session.unlock": channel<SessionInfo>()(z.object({ username: usernameSchema, password: passwordSchema }), "public"),
  "session.recover": channel<SessionInfo>()(
    z.object({ recoveryKey: z.string().trim().min(1, "Enter the recovery key.").max(200), username: usernameSchema, newPassword: newPasswordSchema }),
    "public",
  ),
  "session.current": channel<SessionInfo>()(nothing, "read"),
  "session.lock": channel<null>()(z.object({ reason: z.enum(["user", "idle"]) }), "read"),
  "session.activity": channel<null>()(nothing, "read"),
  "session.changePassword": channel<null>()(z.object({ currentPassword: passwordSchema, newPassword: newPasswordSchema }), "read"),
  "recoveryKey.confirm": channel<null>()(
    z.object({ answers: z.array(z.object({ group: z.number().int().min(0), value: z.string().max(20) })).min(1).max(13) }),
    "admin",
  ),
  "recoveryKey.replace": channel<RecoveryKeyIssued>()(z.object({ password: passwordSchema }), "admin"),
  "practice.get": channel<PracticeProfile>()(nothing, "read"),
  "practice.update": channel<PracticeProfile>()(practiceProfileSchema, "admin"),
  "settings.get": channel<AppSettings>()(nothing, "read"),
  "settings.update": channel<AppSettings>()(appSettingsSchema, "admin"),
  "users.list": channel<UserSummary[]>()(nothing, "read"),
  "users.create": channel<UserSummary>()(newAccountSchema, "admin"),
  "users.update": channel<UserSummary>()(z.object({ id: recordId, fullName: personNameSchema, title: jobTitleSchema, role: roleSchema }), "admin"),
  "users.remove": channel<null>()(z.object({ id: recordId }), "admin"),
  "users.resetPassword": channel<null>()(z.object({ id: recordId, newPassword: newPasswordSchema }), "admin"),
  "audit.list": channel<AuditPage>()(auditPageSchema, "read"),
  "audit.verify": channel<AuditVerification>()(nothing, "read"),
  "audit.exportCsv": channel<{ fileName: string; csv: string }>()(z.object({ filter: auditFilterSchema.default({}) }), "read"),
  ...assessmentChannels,
  ...reportChannels,
  ...riskChannels,
  ...backupChannels,
  ...sampleChannels,
  ...dashboardChannels,
  ...incidentChannels,
  ...vendorChannels,
  ...policyChannels,
  ...workforceChannels,
  ...taskChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]["input"]>;
export type ChannelPayload<C extends ChannelName> = z.output<Contract[C]["input"]>;
export type ChannelOutput<C extends ChannelName> = Contract[C]["output"];

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(contract, name);
}
