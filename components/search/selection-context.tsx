"use client";
// Links the map and the list: choosing a marker highlights its places in the list, and
// "Toon op kaart" in the list opens the marker. A counter makes choosing the same place
// twice count as a new choice.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

export type Selection = {
  /** Location id: the marker's key and the list items' locationKey. */
  key: string;
  from: "map" | "list";
  /** From the map's "Toon in de lijst": move keyboard focus to the list item. */
  focusList: boolean;
  seq: number;
};

type SelectionApi = {
  selection: Selection | null;
  select: (key: string, from: Selection["from"], options?: { focusList?: boolean }) => void;
};

const SelectionContext = createContext<SelectionApi>({ selection: null, select: () => undefined });

export function SelectionProvider({ children }: { children: React.ReactNode }) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const seq = useRef(0);
  const select = useCallback<SelectionApi["select"]>((key, from, options) => {
    seq.current += 1;
    setSelection({ key, from, focusList: options?.focusList ?? false, seq: seq.current });
  }, []);
  const api = useMemo(() => ({ selection, select }), [selection, select]);
  return <SelectionContext value={api}>{children}</SelectionContext>;
}

export function useSelection(): SelectionApi {
  return useContext(SelectionContext);
}
