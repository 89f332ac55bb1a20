import ExcelJS from "exceljs";
import { finessAleatoire } from "../esms/ecrire";
import { Hasard } from "../verite";
import type { ColonneA1, MiseEnPageAnnexe1 } from "./parametres";

/**
 * Écrit une Annexe 1 aléatoire (identification de l'organisme, puis les tableaux d'ESMS) et sa
 * vérité terrain : pour chaque ESMS, son secteur et la cellule de chaque colonne (clé du modèle).
 */

type Cle = "finess" | "nom" | "capacite" | ColonneA1 | "secteur";

/** Libellés possibles de chaque colonne (le premier est le canonique du modèle). */
const LIBELLES: Readonly<Record<Cle, readonly string[]>> = {
  finess: ["N° FINESS géographique", "FINESS ET", "N° FINESS de l'établissement", "Finess"],
  nom: ["Nom de l'établissement ou du service", "Raison sociale de l'ESMS", "Dénomination", "Nom de l'ESMS"],
  capacite: ["Capacité totale autorisée", "Capacité autorisée", "Nombre de places autorisées", "Capacité totale"],
  categorie: ["Catégorie", "Catégorie d'ESMS", "Type d'ESMS", "Catégorie FINESS"],
  commune: ["Commune", "Ville", "Commune d'implantation", "Localisation"],
  internat: ["Dont capacité en internat", "Dont internat", "Dont hébergement", "dont internat"],
  "accueil-jour": ["Dont accueil de jour", "Dont semi-internat", "Dont externat", "Accueil de jour"],
  "accueil-temporaire": ["Dont accueil temporaire", "Dont hébergement temporaire", "Accueil temporaire", "dont accueil temporaire"],
  public: ["Public spécifique", "Public accueilli", "Public", "Public spécifique"],
  autorite: ["Autorité de tarification", "Autorité(s) de tarification", "Autorité", "Autorité de tarification"],
  departement: ["Département", "Département d'implantation", "Dépt", "Département"],
  secteur: ["Secteur", "Secteur d'activité", "Secteur", "Secteur"],
}; // prettier-ignore

const CATEGORIES = {
  enfance: ["IME", "SESSAD", "ITEP", "CAMSP"],
  adultes: ["MAS", "FAM", "ESAT", "SAVS"],
};
const BLEU: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const GRIS: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };

export interface EsmsVerite {
  readonly finess: string;
  readonly secteur: "enfance" | "adultes";
  /** Clé du modèle → adresse A1. */
  readonly cellules: Readonly<Record<string, string>>;
}

export interface VeriteAnnexe1 {
  readonly feuille: string;
  readonly esms: readonly EsmsVerite[];
}

function colonnesDe(m: MiseEnPageAnnexe1, avecSecteur: boolean): Cle[] {
  const cles: Cle[] = [
    "finess",
    "nom",
    "capacite",
    ...m.colonnes,
    ...(avecSecteur ? (["secteur"] as const) : []),
  ];
  return cles
    .map((c, i) => ({ c, k: m.ordre[i] ?? i }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.c);
}

export async function ecrireAnnexe1(
  m: MiseEnPageAnnexe1,
): Promise<{ buffer: Buffer; verite: VeriteAnnexe1 }> {
  const h = new Hasard(m.graine);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet("Annexe 1");
  const c0 = 1 + m.decalage.colonnes;
  let r = 1 + m.decalage.lignes;
  const libelle = (row: number, col: number, texte: string, gras = false, fond?: ExcelJS.Fill) => {
    const cell = ws.getCell(row, col);
    cell.value = texte;
    if (gras) cell.font = { bold: true };
    if (fond) cell.fill = fond;
  };
  const saisie = (row: number, col: number, v: ExcelJS.CellValue) => {
    const cell = ws.getCell(row, col);
    cell.fill = BLEU;
    if (v !== null) cell.value = v;
    return cell.address;
  };
  libelle(r++, c0, "Annexe 1 — Fiche signalétique de l'organisme gestionnaire", true);
  r++;
  for (const [texte, v] of [
    ["Raison sociale de l'organisme gestionnaire", "Association Les Tilleuls"],
    ["N° FINESS juridique", finessAleatoire(9000 + (m.graine % 900))],
    ["Statut juridique", "Association loi 1901"],
  ] as const) {
    libelle(r, c0, texte);
    ws.mergeCells(r, c0 + 2, r, c0 + 4);
    saisie(r, c0 + 2, v);
    r++;
  }
  r++;
  const esms: EsmsVerite[] = [];
  let n = 0;
  const tableau = (
    titre: string,
    secteurs: readonly ("enfance" | "adultes")[],
    avecSecteur: boolean,
  ) => {
    const cles = colonnesDe(m, avecSecteur);
    libelle(r++, c0, titre, true);
    cles.forEach((c, j) => {
      const variantes = LIBELLES[c];
      libelle(r, c0 + j, variantes[(m.libelles + j) % variantes.length] as string, true, GRIS);
    });
    r++;
    const premiere = r;
    let somme = 0;
    for (const secteur of secteurs) {
      const nb = secteur === "enfance" ? m.nbEnfance : m.nbAdultes;
      for (let i = 0; i < nb; i++, r++, n++) {
        const finess = finessAleatoire(100 + n);
        const capacite = h.entier(10, 80);
        somme += capacite;
        const cellules: Record<string, string> = {};
        cles.forEach((c, j) => {
          const v: ExcelJS.CellValue =
            c === "finess" ? finess
            : c === "nom" ? `${CATEGORIES[secteur][n % 4]} Les Pins ${n + 1}`
            : c === "capacite" ? capacite
            : c === "internat" || c === "accueil-jour" || c === "accueil-temporaire" ? h.entier(0, Math.floor(capacite / 3))
            : c === "categorie" ? (CATEGORIES[secteur][n % 4] as string)
            : c === "commune" ? "Angers"
            : c === "public" ? "Déficience intellectuelle"
            : c === "autorite" ? "ARS"
            : c === "departement" ? "49"
            : secteur === "enfance" ? "Enfance" : "Adultes"; // prettier-ignore
          cellules[c] = saisie(r, c0 + j, v);
        });
        esms.push({ finess, secteur, cellules });
      }
    }
    if (m.reservee) {
      cles.forEach((_, j) => saisie(r, c0 + j, null));
      r++;
    }
    if (m.total) {
      const jNom = cles.indexOf("nom");
      const jCap = cles.indexOf("capacite");
      libelle(r, c0 + jNom, "Total", true);
      const lettre = ws.getColumn(c0 + jCap).letter;
      ws.getCell(r, c0 + jCap).value = {
        formula: `SUM(${lettre}${premiere}:${lettre}${r - 1})`,
        result: somme,
      };
      r++;
    }
    r++;
  };
  if (m.forme === "un-tableau-avec-secteur") {
    tableau("B. Établissements et services de l'organisme", ["enfance", "adultes"], true);
  } else {
    const ordre: ("enfance" | "adultes")[] =
      m.forme === "deux-tableaux-enfance-d-abord" ? ["enfance", "adultes"] : ["adultes", "enfance"];
    for (const s of ordre)
      tableau(`ESMS du secteur ${s === "enfance" ? "Enfance" : "Adultes"}`, [s], false);
  }
  return {
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    verite: { feuille: "Annexe 1", esms },
  };
}
