import { useEffect, useRef, type ReactNode } from "react";

interface PageHeadingProps {
  children: ReactNode;
  id?: string;
  /** 2 for a wizard step, whose page keeps one h1 above the steps. */
  level?: 1 | 2;
}

/**
 * The heading of what just appeared. It takes focus when it mounts, so a keyboard or screen reader user
 * starts at the top of the new page or step after navigating.
 */
export function PageHeading({ children, id, level = 1 }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = level === 1 ? "h1" : "h2";
  return (
    <Tag ref={ref} id={id} tabIndex={-1} className={level === 1 ? "page-heading" : "step-heading"}>
      {children}
    </Tag>
  );
}
