import { GatewayError } from "../port";
import { MESSAGE_INATTENDU, MESSAGES_ERREURS } from "./messages-erreurs";

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
  const [codeG, message] = (code && MESSAGES_ERREURS[code]) || ["Unknown", MESSAGE_INATTENDU];
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
