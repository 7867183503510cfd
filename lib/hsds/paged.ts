// The HSDS paged shape (the Page object of the HSDS 3 OpenAPI) around one page of contents.
export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

export function pageOf<T>(contents: T[], total: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** skip/take of a page: never more rows than one page. */
export const pageWindow = (page: number, perPage: number) => ({ skip: (page - 1) * perPage, take: perPage });
