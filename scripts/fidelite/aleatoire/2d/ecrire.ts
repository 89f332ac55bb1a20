import ExcelJS from "exceljs";
import { Hasard } from "../verite";
import { agreges, blocColonnes, blocEsms, blocLignes, matrice, type Contexte2D } from "./formes";
import { Grille, type Paire, type Verite2D } from "./grille";
import { AGREGES_ALEATOIRES, INDICATEURS_ALEATOIRES, type MiseEnPage2D } from "./parametres";

/**
 * Écrit un classeur d'un seul onglet 2-D dans une mise en page tirée (`parametres.ts`) et sa vérité
 * terrain : cellules de numérateur, dénominateur et taux de chaque (indicateur, périmètre), avec
 * leurs valeurs, et l'incohérence semée s'il y en a une.
 */

export const ONGLET_2D = "2-D Indic. compl.";

const NOMS = ["IME Les Pins", "SESSAD Horizon", "ITEP Le Phare", "MAS Les Tilleuls", "FAM La Source", "ESAT du Port", "Foyer de vie Les Cèdres"]; // prettier-ignore

export interface Classeur2D {
  readonly buffer: Buffer;
  readonly verite: Verite2D;
}

/** Paires tirées de chaque (indicateur, ESMS), rapports > 1 compris, puis l'erreur semée. */
function tirer(m: MiseEnPage2D, h: Hasard): Map<string, Paire> {
  const out = new Map<string, Paire>();
  const ids = m.indicateurs.map((i) => INDICATEURS_ALEATOIRES[i]!);
  for (const ind of ids) {
    for (let j = 0; j < m.nbEsms; j++) {
      if (h.si(m.vides)) {
        out.set(`${ind.id}|${j}`, { num: null, den: null });
        continue;
      }
      const den = h.entier(10, 90);
      const num = ind.rapport
        ? Math.round(den * (ind.rapport.min + h.suivant() * (ind.rapport.max - ind.rapport.min)))
        : h.entier(0, den);
      out.set(`${ind.id}|${j}`, { num, den });
    }
  }
  for (const [id, , , rapport] of AGREGES_ALEATOIRES) {
    const den = h.entier(5, 40);
    out.set(`${id}|agrege`, { num: rapport ? den * h.entier(2, 6) : h.entier(0, den), den });
  }
  return out;
}

export async function ecrireClasseur2D(m: MiseEnPage2D): Promise<Classeur2D> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(ONGLET_2D);
  const verite: Verite2D = { onglet: ONGLET_2D, valeurs: [], erreurs: [] };
  const g = new Grille(ws, verite, m.style);
  const h = new Hasard(m.graine);
  const paires = tirer(m, h);
  const inds = m.indicateurs.map((i) => INDICATEURS_ALEATOIRES[i]!);
  // Incohérence semée sur la première paire d'une vraie part (ou d'un indicateur, pour le zéro).
  const cible = inds.find((i) => (m.erreur === "numerateur-superieur" ? !i.rapport : true));
  const semee = m.erreur !== "aucune" && cible ? `${cible.id}|0` : undefined;
  if (semee) {
    paires.set(
      semee,
      m.erreur === "numerateur-superieur" ? { num: 45, den: 40 } : { num: 5, den: 0 },
    );
  }
  g.libelle(1, 1, "Annexe 2-D — Indicateurs complémentaires", { gras: true });
  g.libelle(2, 1, "Saisissez le numérateur et le dénominateur ; le taux est calculé.");
  const esms = NOMS.slice(0, m.nbEsms).map((nom, j) => ({
    nom,
    finess: `130${String(100000 + 7919 * (j + 1)).slice(-6)}`,
  }));
  const x: Contexte2D = {
    g,
    c0: 1 + m.decalage.colonnes,
    esms,
    inds,
    valeur: (id, j) => paires.get(`${id}|${j}`) ?? { num: null, den: null },
    deuxNiveaux: m.deuxNiveaux,
  };
  const r0 = 4 + m.decalage.lignes;
  const ecrire = { "bloc-lignes": blocLignes, "bloc-colonnes": blocColonnes, "bloc-esms": blocEsms, matrice }[m.forme]; // prettier-ignore
  const r = ecrire(x, r0);
  if (m.agreges) agreges(g, x.c0, r + 1, (id) => paires.get(`${id}|agrege`)!);
  if (semee && cible) {
    const [, j] = semee.split("|");
    const v = verite.valeurs.find(
      (v) => v.indicateur === cible.id && v.perimetre === esms[Number(j)]?.finess &&
        v.mesure === (m.erreur === "numerateur-superieur" ? "numerateur" : "denominateur"),
    ); // prettier-ignore
    if (v) verite.erreurs.push({ cellule: v.cellule, controle: `complementaires/${m.erreur}` });
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, verite };
}
