import { Alert, Paragraph } from "@utrecht/component-library-react";

/**
 * Shown when some facts on the page are plausible examples rather than confirmed facts. A note,
 * not an alert: it is part of the page, not news that should interrupt a screen reader.
 */
export function ExampleDataNotice({ children }: { children: string }) {
  return (
    <Alert type="warning" role="note" className="example-data-notice">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
