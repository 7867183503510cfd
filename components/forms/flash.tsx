"use client";
// A status message that outlives the form that caused it. Approving a listing or resolving a
// report removes that item from the page, and with it the form's own message; the layout's
// flash region stays, so the result is still said (and read out) after the list re-renders.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/utrecht/alert";
import { Paragraph } from "@/components/utrecht/paragraph";

const FlashContext = createContext<((message: string) => void) | null>(null);

export function FlashProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const flash = useCallback((text: string) => {
    setMessage(text);
    requestAnimationFrame(() => region.current?.focus());
  }, []);
  return (
    <FlashContext.Provider value={flash}>
      <div ref={region} tabIndex={-1} className="form-message flash-message" aria-live="polite">
        {message && (
          <Alert type="ok" role="status">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </div>
      {children}
    </FlashContext.Provider>
  );
}

/** Shows a message in the page's flash region; null outside a FlashProvider. */
export function useFlash(): ((message: string) => void) | null {
  return useContext(FlashContext);
}
