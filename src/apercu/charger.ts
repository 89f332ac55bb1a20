import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import { installerHote, type HoteInstalle } from "../gateway/host-simule";
import { TA } from "./textes";

/** Adresse de l'instantané du classeur d'exemple (copié par webpack dans dist/exemples/). */
export const INSTANTANE_EXEMPLE = "exemples/diagnostic-exemple.instantane.json";

declare global {
  interface Window {
    /** Hôte simulé de l'aperçu (tests de bout en bout : compteur de sync, saisies). */
    __hote?: HoteInstalle;
  }
}

function estInstantane(v: unknown): v is WorkbookSnapshot {
  if (typeof v !== "object" || v === null) return false;
  const o = v as { sheets?: unknown; settings?: unknown };
  return Array.isArray(o.sheets) && typeof o.settings === "object" && o.settings !== null;
}

/** Lit l'instantané, installe l'hôte simulé comme `window.Excel` et l'expose (`window.__hote`). */
export async function chargerHote(url = INSTANTANE_EXEMPLE): Promise<HoteInstalle> {
  const reponse = await fetch(url);
  if (!reponse.ok) throw new Error(TA.introuvable(reponse.status));
  let contenu: unknown;
  try {
    contenu = await reponse.json();
  } catch (e) {
    throw new Error(TA.illisible(e instanceof Error ? e.message : String(e)));
  }
  if (!estInstantane(contenu)) throw new Error(TA.illisible("format inattendu"));
  const hote = installerHote(contenu);
  (window as unknown as { Excel: unknown }).Excel = hote.Excel;
  window.__hote = hote;
  return hote;
}
