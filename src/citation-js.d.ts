/** The part of citation-js this app uses (it ships no types). */
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(
        input: unknown,
        options: { forceType?: string; target?: string; generateGraph?: boolean; strict?: boolean },
      ): unknown;
      data(input: unknown, type: string): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
