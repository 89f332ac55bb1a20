import { cellule, estVide } from "../../classeur/cellule";
import type { WorkbookSnapshot } from "../../classeur/snapshot";
import { lireNombre } from "../../valeurs/nombre";
import { lireDate, serieExcel } from "../../valeurs/date";
import {
  texteDe,
  type CelluleFiche,
  type FicheLue,
} from "../../classeur/reperage/fiches/lire-fiche";
import type { SuiviLu } from "../../classeur/reperage/fiches/lire-suivi";
import type { FeuillesGenerees } from "../../classeur/reperage/fiches/localiser-fiches";
import type { VueControle } from "../types";

/**
 * Outils de lecture des contrôles des fiches et du suivi. Les fiches et le suivi eux-mêmes sont
 * repérés une fois par analyse, avec les autres zones (`localiser` : `repere.generees`).
 */

/**
 * Les fiches et le suivi repérés (`repere.generees`) ; pour un repère fait sans `localiser` (tests),
 * ceux que la vue repère à part (`vue.feuillesGenerees()`, même lecture).
 */
export const feuillesGenerees = (vue: VueControle): FeuillesGenerees =>
  vue.repere.generees ?? vue.feuillesGenerees();

/** Nom court d'une fiche dans les messages : son numéro, à défaut le nom de la feuille. */
export const nomFiche = (f: FicheLue): string => f.numero || f.nom;

export const vide = (c: CelluleFiche | undefined): boolean => !c || estVide(c.cellule);

export function nombre(c: CelluleFiche | undefined): number | null {
  if (!c) return null;
  const v = lireNombre(c.cellule);
  return v.kind === "nombre" ? v.valeur : null;
}

/** Clé de paramètre du classeur : date d'effet du CPOM (« 2025-01-01 »). */
export const CLE_DATE_EFFET = "fiches/date-effet";

export interface PeriodeCpom {
  readonly debut: number;
  readonly fin: number;
  readonly texte: string;
}

const jjmmaaaa = (a: number, m: number, j: number) =>
  `${String(j).padStart(2, "0")}/${String(m).padStart(2, "0")}/${a}`;

/**
 * Durée du CPOM (5 ans) : date d'effet lue dans les paramètres du classeur, à défaut le 1er janvier
 * de la première année du tableau de suivi (« Réalisé 2025 »). `null` si inconnue.
 */
export function periodeCpom(snapshot: WorkbookSnapshot, suivi: SuiviLu | null): PeriodeCpom | null {
  let debut: { a: number; m: number; j: number } | null = null;
  const p = snapshot.settings[CLE_DATE_EFFET];
  const iso = typeof p === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(p) : null;
  if (iso) debut = { a: Number(iso[1]), m: Number(iso[2]), j: Number(iso[3]) };
  if (!debut && suivi) {
    const sheet = snapshot.sheets.find((s) => s.id === suivi.sheetId);
    const col = suivi.colonnes.get("r1");
    if (sheet && col !== undefined) {
      const titre = texteDe(cellule(sheet, suivi.enTete, col));
      const an = /(\d{4})/.exec(titre)?.[1];
      if (an) debut = { a: Number(an), m: 1, j: 1 };
    }
  }
  if (!debut) return null;
  const d = serieExcel(debut.a, debut.m, debut.j);
  const f = serieExcel(debut.a + 5, debut.m, debut.j) - 1;
  const fin = lireDate({ value: f, type: "Double" });
  const texteFin = fin.kind === "date" ? jjmmaaaa(fin.annee, fin.mois, fin.jour) : "";
  return { debut: d, fin: f, texte: `du ${jjmmaaaa(debut.a, debut.m, debut.j)} au ${texteFin}` };
}

export function dateDe(c: CelluleFiche | undefined): { serie: number; texte: string } | null {
  if (!c) return null;
  const d = lireDate(c.cellule);
  return d.kind === "date" ? { serie: d.serie, texte: jjmmaaaa(d.annee, d.mois, d.jour) } : null;
}
