/** Outils communs aux tableaux de l'Annexe 2-E. */
import type ExcelJS from "exceljs";
import { ligneThematique } from "./cellules";
import { normaliser, type Enregistreur, type MetaValeur, type Valeur } from "./enregistreur";
import type { Saisie } from "./styles";

export interface Contexte {
  readonly r: Enregistreur;
  readonly ws: ExcelJS.Worksheet;
}

/** Titre d'un tableau (ligne de thématique fusionnée). */
export function titreTableau(c: Contexte, plage: string, texte: string): void {
  ligneThematique(c.ws, plage, texte);
}

/** Saisie + valeur notée dans la foulée. */
export function saisir(
  c: Contexte,
  addr: string,
  v: Valeur | undefined,
  remplissage: Saisie,
  format: string,
  meta: Omit<MetaValeur, "esms"> & { esms?: string | null },
): void {
  c.r.saisie(c.ws, addr, v, { remplissage, format });
  c.r.valeur(c.ws, addr, { esms: null, ...meta, mesure: normaliser(meta.mesure) });
}

/** Calcul + valeur notée dans la foulée. */
export function calculer(
  c: Contexte,
  addr: string,
  formule: string,
  resultat: number | string,
  format: string,
  meta: Omit<MetaValeur, "esms">,
): void {
  c.r.calcul(c.ws, addr, formule, resultat, { format });
  c.r.valeur(c.ws, addr, { esms: null, ...meta, mesure: normaliser(meta.mesure) });
}

export const somme = (vs: readonly (Valeur | undefined)[]): number =>
  vs.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
