import { parsePolicyText } from "../../../../shared/content/policies";

/**
 * A policy's plain text shown as headings, paragraphs and lists. Only text is rendered, never HTML, so
 * whatever was typed into the policy shows as typed.
 */
export function PolicyText({ body, headingLevel = 3 }: { body: string; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="policy-text">
      {parsePolicyText(body).map((block, index) =>
        block.kind === "heading" ? (
          <Heading key={index}>{block.text}</Heading>
        ) : block.kind === "list" ? (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{block.text}</p>
        ),
      )}
    </div>
  );
}
