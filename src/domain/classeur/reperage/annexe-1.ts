import type { Annexe1, Champ, LigneEsms, Secteur } from "../modele";
import type { CellRange } from "../snapshot";
import { trouverTableaux, Vue, zoneTableau, type TableauLu } from "../tableaux";
import { affecter } from "./correspondance";
import type { Feuille } from "./feuille";
import type { Avertir } from "./localiser-types";
import { rendreRepere } from "./messages-reperage";
import { secteurDeLigne, secteurDuTableau } from "./annexe-1-secteur";
import { COLONNES_ANNEXE_1, ORGANISME_ANNEXE_1 } from "./synonymes-annexe-1";

/**
 * Annexe 1 : section A (organisme) par libellés suivis d'une cellule de saisie ; sections B et C
 * (tableaux d'ESMS, 6 à 10 colonnes, un ou deux niveaux d'en-têtes, dans n'importe quel ordre, ou un
 * seul tableau avec une colonne « Secteur ») par le lecteur générique de tableaux, dans les deux
 * orientations. Aucune position, aucun ordre de tableau n'est supposé.
 */

const SCHEMA = {
  definitions: COLONNES_ANNEXE_1,
  min: 3,
  requises: ["finess", "nom"],
  identites: ["finess", "nom", "categorie", "secteur"],
} as const;

const dans = (z: CellRange, row: number, col: number) =>
  row >= z.top && row <= z.bottom && col >= z.left && col <= z.right;

/** Ligne de la feuille d'une entité (celle de sa première cellule repérée). */
function ligneDe(t: TableauLu, champs: Readonly<Partial<Record<string, Champ>>>, e: number) {
  if (t.orientation === "lignes") return e;
  const c = champs.finess ?? champs.nom ?? Object.values(champs)[0];
  return c?.location.row ?? e;
}

function champsDefinis(c: Readonly<Partial<Record<string, Champ>>>): Record<string, Champ> {
  const out: Record<string, Champ> = {};
  for (const [k, v] of Object.entries(c)) if (v) out[k] = v;
  return out;
}

function lireTableaux(f: Feuille, tableaux: readonly TableauLu[]) {
  const esms: LigneEsms[] = [];
  const totaux: Partial<Record<Secteur, Record<string, Champ>>> = {};
  let totalGeneral: Record<string, Champ> | undefined;
  const vus: Secteur[] = [];
  const fins: Record<string, number> = {};
  for (const t of tableaux) {
    const v = new Vue(f, t.orientation);
    const depuis = fins[t.orientation] ?? v.eMin;
    const defaut = secteurDuTableau(v, t, depuis, vus);
    vus.push(defaut);
    for (const e of t.entites) {
      const secteur = secteurDeLigne(e) ?? defaut;
      if (e.total === "sous-total") {
        totaux[secteur] = champsDefinis(e.champs);
        continue;
      }
      esms.push({ secteur, row: ligneDe(t, e.champs, e.e), champs: e.champs });
    }
    if (t.total) {
      const propre = secteurDeLigne(t.total);
      const secteurs = new Set(t.entites.map((e) => secteurDeLigne(e) ?? defaut));
      // Un tableau unique aux deux secteurs : sa ligne « Total » sans secteur les totalise tous.
      if (!propre && secteurs.size > 1) totalGeneral = champsDefinis(t.total.champs);
      else totaux[propre ?? defaut] = champsDefinis(t.total.champs);
    }
    fins[t.orientation] = t.fin;
  }
  return { esms, totaux, ...(totalGeneral ? { totalGeneral } : {}) };
}

export function reperer1(f: Feuille, avertir: Avertir): Annexe1 {
  const tableaux = trouverTableaux(f, SCHEMA);
  if (tableaux.length === 0) {
    avertir(rendreRepere({ code: "annexe-1/sans-tableau", params: {} }));
  }
  const { esms, totaux, totalGeneral } = lireTableaux(f, tableaux);
  const zones = tableaux.map(zoneTableau);
  const libelles = f
    .libelles()
    .filter((l) => !zones.some((z) => dans(z, l.row, l.col)) && f.valeurDe(l) !== undefined);
  const organisme: Record<string, Champ> = {};
  for (const a of affecter(libelles, ORGANISME_ANNEXE_1)) {
    const cel = f.valeurDe(a.libelle);
    if (cel && !zones.some((z) => dans(z, cel.row, cel.col)))
      organisme[a.definition.cle] = f.champ(a.definition.cle, a.libelle.texte, cel, a.confiance);
  }
  for (const [cle, nom] of [
    ["finess-juridique", "N° FINESS juridique"],
    ["raison-sociale", "Raison sociale de l'organisme gestionnaire"],
  ] as const) {
    if (!organisme[cle])
      avertir(rendreRepere({ code: "annexe-1/zone-absente", params: { zone: nom } }));
  }
  for (const t of tableaux) {
    const cles = new Set(t.entete.entetes.map((h) => h.cle));
    const manquantes = ["capacite"].filter((c) => !cles.has(c));
    if (manquantes.length > 0)
      avertir(rendreRepere({ code: "annexe-1/sans-capacite", params: { onglet: f.sheet.name } }));
  }
  return { onglet: f.onglet, organisme, esms, totaux, ...(totalGeneral ? { totalGeneral } : {}) };
}
