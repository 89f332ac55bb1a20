import type { Annexe1, Champ, LigneEsms, Secteur } from "../modele";
import { contientMots, normaliserTexte } from "../texte";
import { affecter } from "./correspondance";
import type { Feuille } from "./feuille";
import type { Avertir } from "./localiser-types";
import { COLONNES_ESMS, ORGANISME } from "./synonymes";
import { celluleSous, lireLignes, trouverEnTetes, type EnTetes } from "./tableau";

/** Annexe 1 : section A (organisme) par libellés, sections B et C (tableaux d'ESMS) par en-têtes. */

/** Sigles de catégories FINESS par secteur (referentiels.md §1), pour deviner un secteur. */
export const SIGLES_SECTEUR: Readonly<Record<Secteur, readonly string[]>> = {
  enfance: [
    "ime",
    "iem",
    "itep",
    "ditep",
    "dime",
    "sessad",
    "eeap",
    "cmpp",
    "camsp",
    "bapu",
    "cafs",
    "ies",
    "ija",
  ],
  adultes: [
    "esat",
    "mas",
    "fam",
    "eam",
    "eanm",
    "savs",
    "samsah",
    "foyer",
    "fh",
    "crp",
    "cpo",
    "ea",
  ],
};

function secteurDuTexte(norm: string): Secteur | undefined {
  if (contientMots(norm, "enfance") || contientMots(norm, "enfants")) return "enfance";
  if (contientMots(norm, "adultes") || contientMots(norm, "adulte")) return "adultes";
  return undefined;
}

/** Secteur d'un tableau : titre au-dessus de l'en-tête, sinon catégories des lignes, sinon rang. */
function secteurDe(
  f: Feuille,
  t: EnTetes,
  depuis: number,
  lignes: readonly number[],
  rang: number,
): Secteur {
  for (let row = t.row - 1; row >= depuis; row--) {
    for (const l of f.libellesLigne(row)) {
      const s = secteurDuTexte(l.norm);
      if (s) return s;
    }
  }
  const votes = { enfance: 0, adultes: 0 };
  for (const row of lignes) {
    const textes = t.colonnes
      .filter((c) => c.cle === "categorie" || c.cle === "nom")
      .map((c) => normaliserTexte(String(celluleSous(f, row, c.zone).value)));
    for (const s of ["enfance", "adultes"] as const) {
      if (textes.some((x) => SIGLES_SECTEUR[s].some((g) => contientMots(x, g)))) votes[s]++;
    }
  }
  if (votes.enfance !== votes.adultes) return votes.enfance > votes.adultes ? "enfance" : "adultes";
  return rang === 0 ? "enfance" : "adultes";
}

function champsLigne(f: Feuille, t: EnTetes, row: number): Record<string, Champ> {
  const champs: Record<string, Champ> = {};
  for (const c of t.colonnes) {
    const cel = celluleSous(f, row, c.zone);
    champs[c.cle] = f.champ(c.cle, c.libelle, cel, c.confiance);
  }
  return champs;
}

export function reperer1(f: Feuille, avertir: Avertir): Annexe1 {
  const entetes = trouverEnTetes(f, COLONNES_ESMS, { min: 3, requises: ["finess", "nom"] });
  const esms: LigneEsms[] = [];
  const totaux: Partial<Record<Secteur, Record<string, Champ>>> = {};
  const occupees = new Set<number>();
  let depuis = f.premiereLigne;
  entetes.forEach((t, i) => {
    const suivant = entetes[i + 1]?.row ?? Infinity;
    const lues = lireLignes(f, t, (row) => row >= suivant);
    const secteur = secteurDe(f, t, depuis, lues.lignes, i);
    for (let r = t.row; r < lues.fin; r++) occupees.add(r);
    for (const row of lues.lignes) esms.push({ secteur, row, champs: champsLigne(f, t, row) });
    if (lues.total !== undefined) totaux[secteur] = champsLigne(f, t, lues.total);
    depuis = lues.fin;
  });
  if (entetes.length === 0) {
    avertir(
      "Annexe 1 : aucun tableau d'ESMS trouvé (ligne d'en-têtes « N° FINESS géographique », « Nom de l'établissement », « Capacité »…).",
    );
  }
  const libelles = f.libelles().filter((l) => !occupees.has(l.row) && f.valeurDe(l) !== undefined);
  const organisme: Record<string, Champ> = {};
  for (const a of affecter(libelles, ORGANISME)) {
    const cel = f.valeurDe(a.libelle);
    if (cel)
      organisme[a.definition.cle] = f.champ(a.definition.cle, a.libelle.texte, cel, a.confiance);
  }
  for (const [cle, nom] of [
    ["finess-juridique", "N° FINESS juridique"],
    ["raison-sociale", "Raison sociale de l'organisme gestionnaire"],
  ]) {
    if (!organisme[cle as string])
      avertir(
        `Annexe 1 : la zone « ${nom} » n'a pas été trouvée (libellé suivi d'une cellule bleue).`,
      );
  }
  return { onglet: f.onglet, organisme, esms, totaux };
}
