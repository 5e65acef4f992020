import { parsePolicyText } from "../content/policies/format";

/** What changed between two versions of a policy, in terms an office manager can check at a glance. */
export interface PolicyDiff {
  titleChanged: boolean;
  linesAdded: number;
  linesRemoved: number;
  sectionsChanged: string[];
  sectionsAdded: string[];
  sectionsRemoved: string[];
}

interface Text {
  title: string;
  body: string;
}

const OPENING = "(before the first heading)";

function meaningfulLines(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim().replace(/\s+/g, " "))
    .filter((line) => line.length > 0);
}

/** The length of the longest common subsequence of two line lists; falls back to counting for very long texts. */
function commonLines(a: readonly string[], b: readonly string[]): number {
  if (a.length * b.length > 4_000_000) {
    const counts = new Map<string, number>();
    for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
    let common = 0;
    for (const line of b) {
      const left = counts.get(line) ?? 0;
      if (left > 0) {
        common += 1;
        counts.set(line, left - 1);
      }
    }
    return common;
  }
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const lineA of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = lineA === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Each section's content (everything under its heading), keyed by heading, in order. */
function sections(body: string): Map<string, string> {
  const result = new Map<string, string>();
  let heading = OPENING;
  let content: string[] = [];
  const flush = () => {
    if (heading !== OPENING || content.length > 0) result.set(heading, content.join("\n"));
  };
  for (const block of parsePolicyText(body)) {
    if (block.kind === "heading") {
      flush();
      heading = block.text;
      content = [];
    } else content.push(block.kind === "list" ? block.items.join("\n") : block.text.replace(/\s+/g, " "));
  }
  flush();
  return result;
}

export function diffPolicyText(before: Text, after: Text): PolicyDiff {
  const a = meaningfulLines(before.body);
  const b = meaningfulLines(after.body);
  const common = commonLines(a, b);
  const old = sections(before.body);
  const next = sections(after.body);
  return {
    titleChanged: before.title.trim() !== after.title.trim(),
    linesAdded: b.length - common,
    linesRemoved: a.length - common,
    sectionsChanged: [...next.keys()].filter((heading) => old.has(heading) && old.get(heading) !== next.get(heading)),
    sectionsAdded: [...next.keys()].filter((heading) => !old.has(heading)),
    sectionsRemoved: [...old.keys()].filter((heading) => !next.has(heading)),
  };
}

export function isUnchanged(diff: PolicyDiff): boolean {
  return !diff.titleChanged && diff.linesAdded === 0 && diff.linesRemoved === 0 && diff.sectionsChanged.length === 0;
}

const lines = (n: number) => `${n} ${n === 1 ? "line" : "lines"}`;
const quoted = (headings: readonly string[]) => headings.map((heading) => `“${heading}”`).join(", ");

/** "Title changed. 2 lines added, 1 line removed. Changed: “Passwords”. New section: “Remote access”." */
export function describePolicyDiff(diff: PolicyDiff): string {
  if (isUnchanged(diff)) return "No change to the text.";
  const parts: string[] = [];
  if (diff.titleChanged) parts.push("Title changed.");
  if (diff.linesAdded > 0 || diff.linesRemoved > 0) {
    const counts = [diff.linesAdded > 0 ? `${lines(diff.linesAdded)} added` : null, diff.linesRemoved > 0 ? `${lines(diff.linesRemoved)} removed` : null];
    parts.push(`${counts.filter(Boolean).join(", ")}.`.replace(/^./, (c) => c.toUpperCase()));
  }
  if (diff.sectionsChanged.length > 0) parts.push(`Changed: ${quoted(diff.sectionsChanged)}.`);
  if (diff.sectionsAdded.length > 0) parts.push(`${diff.sectionsAdded.length === 1 ? "New section" : "New sections"}: ${quoted(diff.sectionsAdded)}.`);
  if (diff.sectionsRemoved.length > 0) parts.push(`${diff.sectionsRemoved.length === 1 ? "Removed section" : "Removed sections"}: ${quoted(diff.sectionsRemoved)}.`);
  return parts.join(" ");
}
