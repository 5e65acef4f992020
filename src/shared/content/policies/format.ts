import type { PolicySection } from "./types";

/**
 * A policy's text is plain text, so it can be edited in an ordinary text box and read anywhere:
 * "## " starts a section heading, lines starting with "- " make a bulleted list, and a blank line
 * separates paragraphs. Nothing else is markup.
 */
export type PolicyTextBlock = { kind: "heading"; text: string } | { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

export function sectionsToText(sections: readonly (PolicySection | null | false)[]): string {
  const chunks: string[] = [];
  for (const section of sections) {
    if (!section) continue;
    chunks.push(`## ${section.heading}`);
    for (const block of section.blocks) {
      if (!block) continue;
      if (typeof block === "string") chunks.push(block);
      else {
        const items = block.filter((item): item is string => typeof item === "string" && item.length > 0);
        if (items.length > 0) chunks.push(items.map((item) => `- ${item}`).join("\n"));
      }
    }
  }
  return chunks.join("\n\n");
}

/** Splits a policy's text into headings, paragraphs and lists, for showing it on screen or in print. */
export function parsePolicyText(text: string): PolicyTextBlock[] {
  const blocks: PolicyTextBlock[] = [];
  const chunks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
  for (const chunk of chunks) {
    const lines = chunk.split("\n");
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join("\n") });
      if (list.length > 0) blocks.push({ kind: "list", items: list });
      paragraph = [];
      list = [];
    };
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith("## ")) {
        flush();
        blocks.push({ kind: "heading", text: line.slice(3).trim() });
      } else if (/^[-*] /.test(line)) {
        if (paragraph.length > 0) flush();
        list.push(line.slice(2).trim());
      } else if (list.length > 0 && /^\s+\S/.test(raw)) {
        // An indented line continues the bullet above it.
        list[list.length - 1] = `${list[list.length - 1]} ${line}`;
      } else {
        if (list.length > 0) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** The section headings of a policy's text, in order. */
export function policyHeadings(text: string): string[] {
  return parsePolicyText(text).flatMap((block) => (block.kind === "heading" ? [block.text] : []));
}
