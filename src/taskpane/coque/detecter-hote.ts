import type { SituationHote } from "./Bandeau";

/** Résultat d'`Office.onReady` : la situation, et l'espace `Excel` à donner à la passerelle. */
export interface HoteDetecte {
  readonly situation: Exclude<SituationHote, "apercu">;
  /** `Excel` de l'hôte (vrai, ou simulé installé comme `window.Excel`) ; `null` sans hôte. */
  readonly excel: typeof Excel | null;
}

/** Délai au-delà duquel office.js est jugé muet (pare-feu, CDN bloqué : onReady ne se résout jamais). */
export const DELAI_OFFICE_MS = 10_000;

/**
 * Attend `Office.onReady` (borné par un délai) et dit où tourne le volet. Excel est retenu si
 * l'hôte est Excel, ou si un `Excel` a été installé sur la page (hôte simulé de l'aperçu).
 */
export async function detecterHote(delaiMs = DELAI_OFFICE_MS): Promise<HoteDetecte> {
  const global = globalThis as { Office?: typeof Office; Excel?: typeof Excel };
  const office = global.Office;
  if (!office || typeof office.onReady !== "function") {
    return { situation: "office-indisponible", excel: null };
  }
  let minuteur: ReturnType<typeof setTimeout> | undefined;
  const delai = new Promise<null>((resoudre) => {
    minuteur = setTimeout(() => resoudre(null), delaiMs);
  });
  const info = await Promise.race([office.onReady(), delai]);
  clearTimeout(minuteur);
  if (info === null) return { situation: "office-indisponible", excel: null };
  const excel = global.Excel ?? null;
  if (excel && (info.host === office.HostType.Excel || info.host === null)) {
    return { situation: "excel", excel };
  }
  return { situation: "hors-excel", excel: null };
}
