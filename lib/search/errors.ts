// A search request that is well-formed but names something that does not exist (a wijk, buurt
// or category slug nobody knows). The API answers 400 naming the parameter: silently ignoring
// the filter would show the whole city to someone who asked about one neighbourhood.
export class SearchInputError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = "SearchInputError";
  }
}
