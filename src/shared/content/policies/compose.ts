import { citationLabel } from "./citations";
import { sectionsToText } from "./format";
import type { PolicyContext, PolicyTemplate } from "./types";

/** The paragraphs a template cites for this practice: its own, plus those the profile makes apply. */
export function policyCitations(template: PolicyTemplate, context: PolicyContext): string[] {
  return [...template.cfr, ...(template.conditionalCfr?.(context) ?? [])];
}

/** A template's full text for one practice, ending with the list of rules it carries out. */
export function renderPolicy(template: PolicyTemplate, context: PolicyContext): string {
  return sectionsToText([
    ...template.render(context),
    { heading: "The rules this policy carries out", blocks: [policyCitations(template, context).map(citationLabel)] },
  ]);
}
