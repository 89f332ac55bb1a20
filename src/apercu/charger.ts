import type { WorkbookSnapshot } from "../domain/classeur/snapshot";
import type { HoteInstalle } from "../gateway/host-simule";
import { marquer } from "../taskpane/analyse/marques";
import type { PreparationApercu } from "./Apercu";
import { TA } from "./textes";

/** Classeurs d'exemple proposés par l'aperçu (instantanés écrits par scripts/apercu/instantane.ts). */
export const EXEMPLES: readonly { readonly id: string; readonly titre: string }[] = [
  { id: "exemple", titre: "Exemple (partiellement rempli)" },
  { id: "vierge", titre: "Vierge" },
  { id: "complet", titre: "Complet" },
  { id: "erreurs", titre: "Avec erreurs semées" },
  { id: "autre-mise-en-page", titre: "Autre mise en page" },
];

/** Le classeur d'exemple ouvert d'abord (demarrer.ts). */
export const EXEMPLE = "exemple";

/** Adresse de l'instantané d'un classeur d'exemple (copié par webpack dans dist/exemples/). */
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

/**
 * Installe l'hôte simulé sur un instantané comme `window.Excel` et l'expose (`window.__hote`) ;
 * `noms` : les noms définis du classeur (`workbook.names`), pour un fichier ouvert.
 */
export async function installer(
  snapshot: WorkbookSnapshot,
  noms: Readonly<Record<string, string>> = {},
): Promise<HoteInstalle> {
  const { installerHote } = await chargerHoteSimule();
  const hote = installerHote(snapshot, { noms });
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

/** Lit un instantané servi avec la page (hôte simulé chargé en parallèle), puis installe l'hôte. */
export async function chargerHote(url: string): Promise<HoteInstalle> {
  const [snapshot] = await Promise.all([telecharger(url), chargerHoteSimule()]);
  return installer(snapshot);
}

/** La grille et le volet (morceau à part, ADR 0013) : `Apercu` et `preparerApercu`. */
export const chargerApercu = () => import(/* webpackChunkName: "apercu-classeur" */ "./Apercu");

/** Un classeur ouvert dans l'aperçu : l'hôte simulé installé, le volet préparé (lecture partie). */
export interface ClasseurOuvert {
  readonly hote: HoteInstalle;
  readonly preparation: PreparationApercu;
}

/** Installe l'hôte (promesse `hote`), puis prépare le volet : sa première lecture part aussitôt. */
export async function ouvrirClasseur(hote: Promise<HoteInstalle>): Promise<ClasseurOuvert> {
  const [h, m] = await Promise.all([hote, chargerApercu()]);
  return { hote: h, preparation: m.preparerApercu(h) };
}

const enAvance = new Map<string, Promise<ClasseurOuvert>>();

/**
 * Ouvre un classeur d'exemple dès le script initial, avant le premier rendu de la page
 * (demarrer.ts) ; `prendreEnAvance` le rend une fois à la page. Les erreurs sont dites par la
 * page, à qui la promesse est rendue.
 */
export function ouvrirEnAvance(url: string): Promise<ClasseurOuvert> {
  const deja = enAvance.get(url);
  if (deja) return deja;
  const p = ouvrirClasseur(chargerHote(url));
  p.catch(() => undefined);
  enAvance.set(url, p);
  return p;
}

/** Le classeur ouvert en avance pour `url` (une seule fois), sinon `undefined`. */
export function prendreEnAvance(url: string): Promise<ClasseurOuvert> | undefined {
  const p = enAvance.get(url);
  enAvance.delete(url);
  return p;
}
