import type { policyChannels } from "../../shared/ipc/policyChannels";
import { acknowledgePolicy } from "../policies/policyAcknowledgments";
import { approveVersion, recordPolicyReview } from "../policies/policyApproval";
import { editPolicy, generatePolicySet, redraftPolicy } from "../policies/policyDrafting";
import { listPolicies, policyDetail } from "../policies/policyViews";
import type { Handler } from "./handlers";

type PolicyHandlers = { [C in keyof typeof policyChannels]: Handler<C> };

/** The policies' handlers, spread into `handlers`; the dispatcher has validated the payload and the role. */
export const policyHandlers: PolicyHandlers = {
  "policies.list": (_, session) => listPolicies(session.requireSignedIn().vault.db),
  "policies.generate": (_, session) => {
    const { vault, actor } = session.requireSignedIn();
    return generatePolicySet(vault.db, actor);
  },
  "policies.get": (payload, session) => policyDetail(session.requireSignedIn().vault.db, payload.policyId),
  "policies.edit": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return editPolicy(vault.db, actor, payload);
  },
  "policies.redraft": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return redraftPolicy(vault.db, actor, payload);
  },
  "policies.approve": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return approveVersion(vault.db, actor, payload);
  },
  "policies.review": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return recordPolicyReview(vault.db, actor, payload);
  },
  "policies.acknowledge": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return acknowledgePolicy(vault.db, actor, payload);
  },
};
