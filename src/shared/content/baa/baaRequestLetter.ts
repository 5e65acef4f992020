/**
 * The letter that asks a vendor for a Business Associate Agreement, as plain data.
 *
 * Slots filled in when the letter is made (see fillTemplate.ts):
 *   {practice} {securityOfficial}  the practice and its Security Official
 *   {vendor} {greetingName}        the vendor, and the contact's name (or "{vendor} team")
 *   {servicesNote} {activities}    " (what the vendor does)" or "", and "creates, receives, ..." as recorded
 *   {replyBy}                      the date asked for a reply, e.g. "June 3, 2026"
 *   {onFile}                       one of BAA_REQUEST_ON_FILE, by where the vendor's BAA stands
 */

/** The reply date the letter asks for, counted from the day it is made. */
export const BAA_REQUEST_REPLY_DAYS = 30;

export const BAA_REQUEST_SUBJECT = "Request for a Business Associate Agreement";

/** What the letter says about the agreement on file; a vendor with a signed, current BAA gets no request letter. */
export const BAA_REQUEST_ON_FILE = {
  none: "We do not have a signed BAA with {vendor} on file.",
  requested: "We have asked for one before, but we do not yet have a signed BAA with {vendor} on file.",
  expired: "The BAA we had with {vendor} has expired, so we need a new one.",
} as const;

export const BAA_REQUEST_GREETING = "Dear {greetingName},";

export const BAA_REQUEST_PARAGRAPHS: readonly string[] = [
  "{practice} is a health care provider covered by the HIPAA Privacy and Security Rules. Our records show that {vendor} {activities} our patients' protected health information when it provides services to us{servicesNote}. That makes {vendor} our business associate.",
  "Federal law lets us share patient information with a business associate only under a written Business Associate Agreement (BAA) in which the business associate promises to protect it (45 CFR 164.308(b)(1), 164.314(a), 164.502(e) and 164.504(e)). {onFile}",
  "Please do one of the following by {replyBy}: sign and return the enclosed draft agreement, or send us your own standard BAA for us to review. Either way, the agreement must contain the provisions listed in 45 CFR 164.504(e) and 164.314(a)(2).",
  "So that we can complete our own records, please also tell us:",
];

export const BAA_REQUEST_QUESTIONS: readonly string[] = [
  "whether you encrypt our patients' information when you store it, and when you send it (45 CFR 164.312(a)(2)(iv), 164.312(e)(2)(ii));",
  "how soon you will tell us about a security incident or a breach of unsecured patient information (the rule allows at most 60 days after discovery, 45 CFR 164.410(b));",
  "where our patients' information is kept;",
  "which subcontractors handle our patients' information for you, and whether each has signed a BAA with you (45 CFR 164.502(e)(1)(ii), 164.308(b)(2)).",
];

export const BAA_REQUEST_CLOSING_PARAGRAPHS: readonly string[] = [
  "If you believe {vendor} does not handle our patients' information, please tell us why, so that we can record it.",
  "Please reply to {securityOfficial}, our Security Official, at the address above. Thank you for helping us protect our patients' privacy.",
];

export const BAA_REQUEST_SIGN_OFF = "Sincerely,";

export const BAA_REQUEST_SIGNER_TITLE = "Security Official, {practice}";

export const BAA_REQUEST_ENCLOSURE = "Enclosure: Business Associate Agreement (draft)";
