import { estVide, type Cellule } from "../domain/classeur/cellule";
import { fichesDuClasseur, type NumeroAxe } from "../domain/fiches";
import type { AnalyseClasseur } from "./analyser";

/** Fiches-objectifs présentes dans le classeur et ESMS proposés pour une nouvelle fiche. */

export interface FichePresente {
  readonly sheetId: string;
  readonly nom: string;
  readonly numero: string;
  readonly intitule: string;
  readonly axe: NumeroAxe | null;
}

export interface EsmsPropose {
  /** Texte inscrit dans la fiche (« IME Les Pins (440000024) »). */
  readonly valeur: string;
  readonly nom: string;
  readonly finess: string;
}

export function fichesPresentes(a: AnalyseClasseur): FichePresente[] {
  const position = new Map(a.snapshot.sheets.map((s) => [s.id, s.position]));
  return fichesDuClasseur(a.snapshot, a.repere)
    .map((f) => {
      const c = f.champs.intitule?.cellule;
      return {
        sheetId: f.sheetId,
        nom: f.nom,
        numero: f.numero,
        intitule: c && !estVide(c) ? String(c.value).trim() : "",
        axe: f.axe ?? null,
      };
    })
    .sort((x, y) => (position.get(x.sheetId) ?? 0) - (position.get(y.sheetId) ?? 0));
}

/** ESMS de l'Annexe 1 (nom et FINESS), dans l'ordre, sans doublon ni ligne vide. */
export function esmsProposes(a: AnalyseClasseur): EsmsPropose[] {
  const texte = (c: { readonly cellule: Cellule } | undefined) =>
    c && !estVide(c.cellule) ? String(c.cellule.value).trim() : "";
  const vus = new Set<string>();
  const sortie: EsmsPropose[] = [];
  for (const l of a.repere.annexe1?.esms ?? []) {
    const nom = texte(l.champs.nom);
    const finess = texte(l.champs.finess);
    if (!nom && !finess) continue;
    const valeur = nom && finess ? `${nom} (${finess})` : nom || finess;
    if (vus.has(valeur)) continue;
    vus.add(valeur);
    sortie.push({ valeur, nom, finess });
  }
  return sortie;
}
