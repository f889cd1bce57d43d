import { mutationOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { postJsonWithBody } from '../lib/api-client.ts';
import { listOf, optionalCode, optionalFlag, optionalText } from './fields.ts';

/*
 * POST /api/v2/oc/numbers/action/number-status: Microsoft's live view of a number, through Live
 * Platform. `telphoneNumberDetail` is the API's own spelling. Empty strings mean "nothing known";
 * values of validationResult, numberOffering and the validation details are undocumented: kept
 * as received (loose objects, any scalar or object for details).
 */
export const numberStatusDetailSchema = z.looseObject({
  numberFound: optionalFlag,
  numberOffering: optionalCode,
  assignmentStatus: optionalCode,
});

export const numberStatusItemSchema = z.looseObject({
  telephoneNumber: optionalText,
  validationResult: optionalCode,
  actionRequired: optionalFlag,
  validationDetail: listOf(z.unknown()),
  telphoneNumberDetail: z.nullish(numberStatusDetailSchema),
});

export const numberStatusSchema = z.looseObject({
  validationResult: optionalCode,
  telephoneNumbers: listOf(z.nullable(numberStatusItemSchema)),
});

export type NumberStatusItem = z.infer<typeof numberStatusItemSchema>;

/** Microsoft's answer about one number, and when it was asked (the answer carries no time). */
export type MicrosoftCheck = {
  overallResult: z.infer<typeof numberStatusSchema>['validationResult'];
  item: NumberStatusItem | null;
  checkedAt: Date;
};

export type NumberStatusRequest = { msTenantId: string; telephoneNumber: string };

export async function checkNumberStatus({
  msTenantId,
  telephoneNumber,
}: NumberStatusRequest): Promise<MicrosoftCheck> {
  const answer = await postJsonWithBody(
    '/api/v2/oc/numbers/action/number-status',
    { msTenantId, telephoneNumbers: [telephoneNumber] },
    numberStatusSchema,
  );
  const item =
    answer.data.telephoneNumbers.find((entry) => entry?.telephoneNumber === telephoneNumber) ??
    answer.data.telephoneNumbers.find((entry) => entry !== null) ??
    null;
  return { overallResult: answer.data.validationResult, item, checkedAt: new Date() };
}

export const numberStatusMutations = {
  /**
   * An action that reaches Microsoft, made only when a person asks: never retried on its own (a
   * refusal over the per-user limit is shown with its wait, and the person decides).
   */
  check: (request: NumberStatusRequest) =>
    mutationOptions({
      mutationKey: ['number-status', request.msTenantId.toLowerCase(), request.telephoneNumber],
      mutationFn: () => checkNumberStatus(request),
      retry: false,
    }),
};
