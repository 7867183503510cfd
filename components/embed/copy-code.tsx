"use client";
// The <iframe> code in a read-only text box: selectable and copyable by hand everywhere, and
// with JavaScript a button that copies it in one go. The button appears only once the page's
// script runs, so nobody without JavaScript gets a button that does nothing.
import { useRef, useState } from "react";
import { useInteractive } from "@/components/manage/hours/use-interactive";
import { Button, FormField, FormFieldDescription, FormLabel } from "@/components/utrecht/client";
import { Textarea } from "@/components/utrecht/textarea";

type Props = { code: string; label: string; description: string; copy: string; copied: string; failed: string };

export function CopyCode({ code, label, description, copy, copied, failed }: Props) {
  const ready = useInteractive();
  // Which code the message is about: a new choice of filters is a new code, and the old
  // "copied" no longer holds for it.
  const [status, setStatus] = useState<{ code: string; outcome: "copied" | "failed" } | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const outcome = status?.code === code ? status.outcome : null;

  async function copyCode() {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(code);
      setStatus({ code, outcome: "copied" });
    } catch {
      setStatus({ code, outcome: "failed" });
    }
  }

  return (
    <div className="embed-code">
      <FormField
        label={<FormLabel htmlFor="insluiten-code">{label}</FormLabel>}
        description={<FormFieldDescription id="insluiten-code-uitleg">{description}</FormFieldDescription>}
        input={<Textarea id="insluiten-code" ref={box} readOnly rows={4} value={code} dir="ltr" spellCheck={false} aria-describedby="insluiten-code-uitleg" onFocus={(event) => event.currentTarget.select()} />}
      />
      {ready && (
        <Button type="button" appearance="secondary-action-button" onClick={copyCode}>
          {copy}
        </Button>
      )}
      <p role="status" className="embed-code__status">
        {outcome === "copied" ? copied : outcome === "failed" ? failed : ""}
      </p>
    </div>
  );
}
