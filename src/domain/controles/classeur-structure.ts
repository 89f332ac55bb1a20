import { adresseA1 } from "../classeur/adresse";
import { estVide } from "../classeur/cellule";
import type { LigneEsms } from "../classeur/modele";
import { TYPES_ANNEXES } from "../classeur/catalogue/listes";
import type { TypeOnglet } from "../classeur/types-onglet";
import type { Controle } from "./types";

/** Famille `classeur` : onglets principaux masqués, tableaux d'ESMS vides en trop (Annexe 1). */

/** Les annexes du modèle (catalogue), hors Accueil, fiches générées et onglets inconnus. */
const PRINCIPAUX: readonly TypeOnglet[] = TYPES_ANNEXES;

const vide = (l: LigneEsms) =>
  ["finess", "nom"].every((k) => {
    const c = l.champs[k];
    return !c || estVide(c.cellule);
  });

/** Lignes d'ESMS regroupées en tableaux : une ligne sautée (en-têtes, total) sépare deux tableaux. */
function tableaux(esms: readonly LigneEsms[]): LigneEsms[][] {
  const res: LigneEsms[][] = [];
  for (const l of [...esms].sort((a, b) => a.row - b.row)) {
    const dernier = res.at(-1);
    const prec = dernier?.at(-1);
    if (dernier && prec && l.row - prec.row <= 1) dernier.push(l);
    else res.push([l]);
  }
  return res;
}

export const CONTROLES_CLASSEUR_STRUCTURE: readonly Controle[] = [
  {
    meta: {
      id: "classeur/onglet-principal-masque",
      gravite: "alerte",
      onglets: [...PRINCIPAUX],
      description: "Aucune annexe reconnue du modèle n'est masquée.",
      messages: {
        masque: "L'onglet {{onglet}} ({{type}}) est masqué : il n'est ni relu ni contrôlé.",
      },
      correction:
        "Clic droit sur un onglet, « Afficher… », puis choisir l'onglet ; ou le supprimer s'il est en trop.",
      pourquoi:
        "Un onglet masqué passe inaperçu à la relecture et ses saisies échappent aux contrôles.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const o of vue.onglets) {
        if (o.visible || !PRINCIPAUX.includes(o.type)) continue;
        signaler({
          messageId: "masque",
          data: { onglet: `« ${o.nom} »`, type: o.type },
          a: { sheetId: o.sheetId, sheetName: o.nom, row: 0, col: 0 },
        });
      }
    },
  },
  {
    meta: {
      id: "classeur/tableau-esms-vide",
      gravite: "info",
      onglets: ["annexe-1"],
      description:
        "L'Annexe 1 n'a pas de tableau d'ESMS en plus des tableaux du modèle qui ne contienne aucun ESMS (un tableau vide de même secteur qu'un autre, ou un troisième tableau vide).",
      messages: {
        vide: "Le tableau d'ESMS qui commence en {{cellule}} ne contient aucun ESMS : tableau en trop ?",
      },
      correction: "Supprimer le tableau en trop, ou y saisir les ESMS qu'il devait recevoir.",
      pourquoi:
        "Un tableau copié puis laissé vide laisse croire à des ESMS manquants et brouille la relecture.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      const groupes = tableaux(vue.repere.annexe1?.esms ?? []);
      groupes.forEach((g, i) => {
        if (!g.every(vide)) return;
        const secteur = g[0]?.secteur;
        const meme = groupes.some((h, j) => j !== i && h[0]?.secteur === secteur);
        if (!meme && groupes.length <= 2) return;
        const c = g[0]?.champs.finess ?? g[0]?.champs.nom ?? Object.values(g[0]?.champs ?? {})[0];
        if (!c) return;
        signaler({
          messageId: "vide",
          data: { cellule: adresseA1(c.location.row, c.location.col) },
          a: c.location,
        });
      });
    },
  },
];
