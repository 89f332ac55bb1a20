import { GatewayError, type GatewayErrorCode } from "../port";

/** Traduction des codes d'Excel (officejs-notes §12) : code de passerelle + message français. */
const TABLE: Record<string, [GatewayErrorCode, string]> = {
  ItemNotFound: ["ItemNotFound", "L'onglet a été renommé ou supprimé ; relancez l'analyse."],
  ItemAlreadyExists: [
    "ItemAlreadyExists",
    "Une feuille porte déjà ce nom : choisissez-en un autre ou renommez la feuille existante.",
  ],
  InvalidArgument: ["InvalidArgument", "Opération refusée par Excel (paramètre invalide)."],
  AccessDenied: [
    "AccessDenied",
    "Cette feuille (ou le classeur) est protégée : l'opération n'est pas possible. Retirez la protection (Révision › Ôter la protection) puis réessayez.",
  ],
  InvalidOperationInCellEditMode: [
    "InvalidOperationInCellEditMode",
    "Terminez la saisie en cours (Entrée), puis réessayez.",
  ],
  RequestPayloadSizeLimitExceeded: [
    "PayloadTooLarge",
    "Classeur trop volumineux pour une lecture en une fois.",
  ],
  ResponsePayloadSizeLimitExceeded: [
    "PayloadTooLarge",
    "Classeur trop volumineux pour une lecture en une fois.",
  ],
  GeneralException: [
    "PayloadTooLarge",
    "Excel a rencontré une erreur interne (souvent un lot trop volumineux) : réessayez ; si l'erreur persiste, fermez et rouvrez le classeur.",
  ],
  RangeExceedsLimit: [
    "RangeExceedsLimit",
    "Plage utilisée démesurée (mise en forme de colonnes entières) : effacez les formats des lignes et colonnes inutilisées, puis réessayez.",
  ],
  InvalidOperation: [
    "InvalidArgument",
    "Opération refusée par Excel dans l'état actuel du classeur.",
  ],
  ApiNotFound: [
    "Unknown",
    "Cette version d'Excel ne propose pas une fonction nécessaire : mettez Excel à jour ou utilisez Excel pour le web.",
  ],
};

/** Les erreurs qui signifient « trop gros : découper » (notes §4). */
export const ERREURS_TAILLE = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "GeneralException",
]);

export const codeExcel = (e: unknown): string | undefined =>
  e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : undefined;

/**
 * L'utilitaire unique de traduction : toute erreur (Excel ou autre) devient une `GatewayError`
 * au message français ; le code d'origine et `debugInfo` vont dans `detail`.
 */
export function traduireErreur(e: unknown, action?: string): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = codeExcel(e);
  const [codeG, message] = (code && TABLE[code]) || [
    "Unknown",
    "Excel a refusé l'opération pour une raison inattendue : réessayez ; si l'erreur persiste, notez le détail technique et signalez-la.",
  ];
  const o = (e ?? {}) as { message?: string; debugInfo?: unknown };
  const detail = JSON.stringify({
    code: code ?? null,
    message: o.message ?? String(e),
    debugInfo: o.debugInfo ?? null,
  });
  return new GatewayError(codeG, action ? `${action} : ${message}` : message, detail);
}

/** Espace de noms Excel minimal dont la passerelle a besoin (le vrai, ou l'hôte simulé). */
export interface EspaceExcel {
  run<R>(
    options: { delayForCellEdit?: boolean },
    lot: (ctx: Excel.RequestContext) => Promise<R>,
  ): Promise<R>;
}

/** Enveloppe un `Excel.run` : `delayForCellEdit`, traduction des erreurs en français. */
export async function avecExcel<R>(
  excel: EspaceExcel,
  action: string,
  lot: (ctx: Excel.RequestContext) => Promise<R>,
): Promise<R> {
  try {
    return await excel.run({ delayForCellEdit: true }, lot);
  } catch (e) {
    throw traduireErreur(e, action);
  }
}
