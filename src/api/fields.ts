import * as z from 'zod/mini';

/*
 * Field types shared by the schemas of Live Platform's related reads. Tolerant as the number's
 * schema is: anything but the ids that tie records together may be missing or null, ids may come
 * as numbers or strings, and open enumerations keep any scalar (shown raw).
 */
export const optionalText = z.nullish(z.string());
export const optionalId = z.nullish(z.union([z.number(), z.string()]));
export const optionalFlag = z.nullish(z.boolean());
export const optionalCode = z.nullish(z.union([z.number(), z.string(), z.boolean()]));
/** A list that may be missing or null; read as empty. */
export const listOf = <Item extends z.ZodMiniType>(item: Item) =>
  z.pipe(
    z.nullish(z.array(item)),
    z.transform((list) => list ?? []),
  );

type IdValue = string | number | null | undefined;

/** Ids are GUIDs in any case, or numbers: compared as trimmed lower-case text. */
export const sameId = (a: IdValue, b: IdValue) =>
  a !== null &&
  a !== undefined &&
  b !== null &&
  b !== undefined &&
  String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
