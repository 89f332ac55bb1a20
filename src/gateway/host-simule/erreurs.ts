/**
 * Erreurs au format d'Office.js (`OfficeExtension.Error`) : `name` « RichApi.Error », `code`
 * stable, `message`, `traceMessages`, `innerError`, `debugInfo` (`code`, `message`,
 * `errorLocation`, `statement`). Levées au `sync`, comme dans Excel.
 */

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
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  constructor(
    readonly code: CodeErreurExcel | string,
    message: string,
    errorLocation?: string,
    statement?: string,
  ) {
    super(message);
    this.debugInfo = {
      code,
      message,
      ...(errorLocation ? { errorLocation } : {}),
      ...(statement ? { statement } : {}),
    };
  }
}

export const erreur = (
  code: CodeErreurExcel | string,
  message: string,
  ou?: string,
  instruction?: string,
) => new RichApiError(code, message, ou, instruction);

/** Codes exposés comme `Excel.ErrorCodes`. */
export const CODES_ERREUR: Record<string, string> = Object.fromEntries(
  [
    "accessDenied:AccessDenied",
    "activityLimitReached:ActivityLimitReached",
    "apiNotFound:ApiNotFound",
    "conflict:Conflict",
    "editModeCannotAcquireLock:EditModeCannotAcquireLock",
    "filteredRangeConflict:FilteredRangeConflict",
    "formulaLengthExceedsLimit:FormulaLengthExceedsLimit",
    "generalException:GeneralException",
    "inactiveWorkbook:InactiveWorkbook",
    "insertDeleteConflict:InsertDeleteConflict",
    "invalidReference:InvalidReference",
    "invalidSelection:InvalidSelection",
    "mergedRangeConflict:MergedRangeConflict",
    "nonBlankCellOffSheet:NonBlankCellOffSheet",
    "notImplemented:NotImplemented",
    "operationCellsExceedLimit:OperationCellsExceedLimit",
    "requestAborted:RequestAborted",
    "unsupportedFeature:UnsupportedFeature",
    "unsupportedOperation:UnsupportedOperation",
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
