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
 * Vrai si la page est ouverte par un hôte Office : dans un cadre (Excel sur le web), ou avec le
 * paramètre `_host_Info` qu'Office ajoute à l'adresse du volet (Excel de bureau), ou après une
 * navigation dans le volet (office.js le garde dans `sessionStorage.hostInfoValue`).
 */
export function dansUnHoteOffice(): boolean {
  try {
    const g = globalThis as { top?: unknown; self?: unknown; location?: Location };
    if (g.top !== g.self) return true;
    if (/[?&#]_host_Info=/i.test(`${g.location?.search ?? ""}${g.location?.hash ?? ""}`))
      return true;
    return Boolean(globalThis.sessionStorage?.getItem("hostInfoValue"));
  } catch {
    return true; // accès refusé au cadre parent : on est dans un cadre
  }
}

/**
 * Attend `Office.onReady` (borné par un délai) et dit où tourne le volet. Excel est retenu si
 * l'hôte est Excel, ou si un `Excel` a été installé sur la page (hôte simulé de l'aperçu). Sans
 * office.js (hors ligne, CDN bloqué), seule une page ouverte par Office est « Office
 * indisponible » ; une page ouverte directement dans un navigateur est « hors d'Excel ».
 */
export async function detecterHote(
  delaiMs = DELAI_OFFICE_MS,
  dansHote: () => boolean = dansUnHoteOffice,
): Promise<HoteDetecte> {
  const global = globalThis as { Office?: typeof Office; Excel?: typeof Excel };
  const office = global.Office;
  const sansOffice = (): HoteDetecte => ({
    situation: dansHote() ? "office-indisponible" : "hors-excel",
    excel: null,
  });
  if (!office || typeof office.onReady !== "function") return sansOffice();
  let minuteur: ReturnType<typeof setTimeout> | undefined;
  const delai = new Promise<null>((resoudre) => {
    minuteur = setTimeout(() => resoudre(null), delaiMs);
  });
  const info = await Promise.race([office.onReady(), delai]);
  clearTimeout(minuteur);
  if (info === null) return sansOffice();
  const excel = global.Excel ?? null;
  if (excel && (info.host === office.HostType.Excel || info.host === null)) {
    return { situation: "excel", excel };
  }
  return { situation: "hors-excel", excel: null };
}
