// Counts are read exactly by support staff ("5,000 SBCs"), with thousands separators.
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export const formatCount = (count: number) => integer.format(count);

/** "1 SBC", "5,000 SBCs". */
export const countOf = (count: number, one: string, many: string) =>
  `${formatCount(count)} ${count === 1 ? one : many}`;
