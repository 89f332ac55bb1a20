/** Erreurs au format d'Office.js : `name` « RichApi.Error », `code` stable, `debugInfo`. */

export type CodeErreurExcel =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "AccessDenied"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "GeneralException"
  | "ApiNotFound";

export class RichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: CodeErreurExcel | string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const erreur = (code: CodeErreurExcel | string, message: string, ou?: string) =>
  new RichApiError(code, message, ou);

/** Codes exposés comme `Excel.ErrorCodes`. */
export const CODES_ERREUR: Record<string, string> = Object.fromEntries(
  [
    "accessDenied:AccessDenied",
    "apiNotFound:ApiNotFound",
    "generalException:GeneralException",
    "invalidArgument:InvalidArgument",
    "invalidOperation:InvalidOperation",
    "invalidOperationInCellEditMode:InvalidOperationInCellEditMode",
    "itemAlreadyExists:ItemAlreadyExists",
    "itemNotFound:ItemNotFound",
    "requestPayloadSizeLimitExceeded:RequestPayloadSizeLimitExceeded",
    "responsePayloadSizeLimitExceeded:ResponsePayloadSizeLimitExceeded",
    "rangeExceedsLimit:RangeExceedsLimit",
  ].map((s) => s.split(":") as [string, string]),
);
