import { z } from "zod";
import {
  acknowledgePolicySchema,
  approvePolicySchema,
  byPolicySchema,
  editPolicySchema,
  redraftPolicySchema,
  reviewPolicySchema,
  type PolicyDetail,
  type PolicyList,
} from "../model/policy";
import { channel } from "./channel";

/**
 * The written policies and procedures (45 CFR 164.316). Anyone signed in may read them; Staff generate
 * the set, edit (each save is a new draft version) and record acknowledgments; only an Administrator
 * approves a version or records the annual review. There is no channel that deletes a version.
 */
export const policyChannels = {
  "policies.list": channel<PolicyList>()(z.object({}).strict(), "read"),
  "policies.generate": channel<PolicyList>()(z.object({}).strict(), "edit"),
  "policies.get": channel<PolicyDetail>()(byPolicySchema, "read"),
  "policies.edit": channel<PolicyDetail>()(editPolicySchema, "edit"),
  "policies.redraft": channel<PolicyDetail>()(redraftPolicySchema, "edit"),
  "policies.approve": channel<PolicyDetail>()(approvePolicySchema, "admin"),
  "policies.review": channel<PolicyDetail>()(reviewPolicySchema, "admin"),
  "policies.acknowledge": channel<PolicyDetail>()(acknowledgePolicySchema, "edit"),
} as const;
