/** Route paths, in one place: the number route is what people paste into tickets. */
export const paths = {
  home: '/',
  number: (e164: string) => `/numbers/${e164}`,
  numberPattern: '/numbers/:phone',
  batch: '/batch',
} as const;
