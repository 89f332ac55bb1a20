import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import type { HoteInstalle } from "../gateway/host-simule";
import { marquer } from "../taskpane/analyse/marques";
import { TA } from "./textes";

/** Adresse de l'instantané du classeur d'exemple (copié par webpack dans dist/exemples/). */
export const INSTANTANE_EXEMPLE = "exemples/diagnostic-exemple.instantane.json";

/** Classeurs d'exemple proposés par l'aperçu (instantanés écrits par scripts/apercu/instantane.ts). */
export const EXEMPLES: readonly { readonly id: string; readonly titre: string }[] = [
  { id: "exemple", titre: "Exemple (partiellement rempli)" },
  { id: "vierge", titre: "Vierge" },
  { id: "complet", titre: "Complet" },
  { id: "erreurs", titre: "Avec erreurs semées" },
  { id: "autre-mise-en-page", titre: "Autre mise en page" },
];

export const adresseExemple = (id: string) => `exemples/diagnostic-${id}.instantane.json`;

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

/** L'hôte simulé : un morceau chargé à la demande (ADR 0013), pendant la lecture de l'instantané. */
export const chargerHoteSimule = () =>
  import(/* webpackChunkName: "hote-simule" */ "../gateway/host-simule");

/** Installe l'hôte simulé sur un instantané comme `window.Excel` et l'expose (`window.__hote`). */
export async function installer(snapshot: WorkbookSnapshot): Promise<HoteInstalle> {
  const { installerHote } = await chargerHoteSimule();
  const hote = installerHote(snapshot);
  (window as unknown as { Excel: unknown }).Excel = hote.Excel;
  window.__hote = hote;
  marquer("hote-installe");
  return hote;
}

async function telecharger(url: string): Promise<WorkbookSnapshot> {
  const reponse = await fetch(url);
  if (!reponse.ok) throw new Error(TA.introuvable(reponse.status));
  let contenu: unknown;
  try {
    contenu = await reponse.json();
  } catch (e) {
    throw new Error(TA.illisible(e instanceof Error ? e.message : String(e)));
  }
  if (!estInstantane(contenu)) throw new Error(TA.illisible("format inattendu"));
  marquer("instantane-telecharge");
  return contenu;
}

const enAvance = new Map<string, Promise<WorkbookSnapshot>>();

/**
 * Commence à lire un instantané dès le script initial (avant le premier rendu) ; `chargerHote`
 * le prendra une fois. Les erreurs sont dites par `chargerHote`.
 */
export function prechargerInstantane(url = INSTANTANE_EXEMPLE): void {
  if (enAvance.has(url)) return;
  const p = telecharger(url);
  p.catch(() => undefined);
  enAvance.set(url, p);
  void chargerHoteSimule().catch(() => undefined);
}

/** Lit un instantané servi avec la page, puis installe l'hôte simulé. */
export async function chargerHote(url = INSTANTANE_EXEMPLE): Promise<HoteInstalle> {
  void chargerHoteSimule().catch(() => undefined); // en parallèle du téléchargement
  const lu = enAvance.get(url) ?? telecharger(url);
  enAvance.delete(url);
  return installer(await lu);
}
