/** The middle value of an odd number of runs (the upper middle of an even number). */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Each figure's median over a list of runs of the same figures (each figure on its own). */
export const medianOfEach = <Figures extends Record<string, number>>(
  runs: readonly Figures[],
): Figures =>
  Object.fromEntries(
    Object.keys(runs[0] ?? {}).map((key) => [
      key,
      median(runs.map((figures) => figures[key] ?? NaN)),
    ]),
  ) as Figures;
