/** The letters on single-service markers; shared with the legend, which renders on the server. */
export const MARKER_LETTER = { formal: "F", informal: "I" } as const;
