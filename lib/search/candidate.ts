// One matching row on its way to becoming a SearchItem: the row plus what the JS side works
// out for every item (lists split, open now, distance, area) before sorting and paging. It is
// its own FacetSource and Sortable, so counting and sorting allocate nothing per item.
import type { FacetSource } from "./facets";
import type { MatchRow } from "./matching-rows";
import type { Sortable } from "./ordering";
import type { AreaRef } from "./types";

export type Candidate = Sortable &
  FacetSource & {
    row: MatchRow;
    buurt: AreaRef | null;
    wijk: AreaRef | null;
  };
