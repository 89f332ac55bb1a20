import ExcelJS from "exceljs";
import { Hasard } from "../verite";
import type { MiseEnPageAxe } from "./parametres";

/**
 * Écrit un onglet d'axe aléatoire (`parametres.ts`) et sa vérité terrain, notée au moment où
 * chaque cellule est écrite : par thématique, les réponses (listes, nombres, textes), les groupes
 * de cases, les encarts et les indicateurs mobilisables ; les encarts « une seule fois » à part.
 */

export type CleEncartAxe = "modalites" | "difficultes" | "points-forts" | "points-amelioration";

export interface VeriteThematique {
  readonly listes: string[];
  readonly autres: string[];
  readonly cases: string[][];
  readonly encarts: Partial<Record<CleEncartAxe, string>>;
  readonly mobilisables: string[];
}

export interface VeriteAxe {
  readonly feuille: string;
  readonly thematiques: VeriteThematique[];
  readonly encartsOnglet: Partial<Record<CleEncartAxe, string>>;
}

const BLEU: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const GRIS: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const CLES: readonly CleEncartAxe[] = [
  "modalites",
  "difficultes",
  "points-forts",
  "points-amelioration",
];
const ENCARTS = [
  "Modalités de mise en œuvre",
  "Difficultés rencontrées",
  "Points forts",
  "Points d'amélioration",
];
const REPONSES = ["Oui", "Non", "Pratiques hétérogènes"];

function libelleEncart(m: MiseEnPageAxe, i: number): string {
  const t = ENCARTS[i] ?? "";
  if (m.libellesEncarts === "numerotes") return `${i + 1}. ${t}`;
  if (m.libellesEncarts === "deux-points") return `${t} :`;
  if (m.libellesEncarts === "sans-ligature") return t.replace("œ", "oe");
  return t;
}

export async function ecrireAxe(m: MiseEnPageAxe): Promise<{ buffer: Buffer; verite: VeriteAxe }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Axe 2 - Qualité");
  const listes = wb.addWorksheet("Listes");
  REPONSES.forEach((r, i) => (listes.getCell(i + 1, 1).value = r));
  listes.getCell(1, 2).value = 0.87;
  if (m.source === "nom") wb.definedNames.add("Listes!$A$1:$A$3", "ReponsesAxes");
  const formule =
    m.source === "en-ligne"
      ? '"oui,non,pratiques hétérogènes"'
      : m.source === "nom"
        ? "ReponsesAxes"
        : "Listes!$A$1:$A$3";
  const h = new Hasard(m.graine);
  const verite: VeriteAxe = { feuille: ws.name, thematiques: [], encartsOnglet: {} };
  ws.getColumn(1).hidden = m.codesMasques;
  const cell = (r: number, c: number) => ws.getCell(r, c);
  const libelle = (r: number, c: number, texte: string, fin?: [number, number], gras = false) => {
    if (fin) ws.mergeCells(r, c, fin[0], fin[1]);
    cell(r, c).value = texte;
    if (gras) cell(r, c).font = { bold: true };
  };
  const saisie = (r: number, c: number, v: ExcelJS.CellValue, fin?: [number, number]) => {
    if (fin) ws.mergeCells(r, c, fin[0], fin[1]);
    const x = cell(r, c);
    if (v !== undefined) x.value = v;
    x.fill = BLEU;
    x.protection = { locked: false };
    return x.address;
  };
  libelle(1, 2, "Axe 2 : Bientraitance, démarche qualité et maîtrise des risques", [1, 9], true);
  let r = 3;
  const encarts = (t: Partial<Record<CleEncartAxe, string>>) => {
    if (m.encarts === "cote-a-cote") {
      CLES.forEach((cle, i) => {
        libelle(r, 2 + 2 * i, libelleEncart(m, i), [r, 3 + 2 * i], true);
        t[cle] = saisie(r + 1, 2 + 2 * i, h.si(0.3) ? undefined : "Texte.", [r + 3, 3 + 2 * i]);
      });
      r += 4;
    } else
      CLES.forEach((cle, i) => {
        libelle(r, 2, libelleEncart(m, i), [r + 1, m.encarts === "bas" ? 3 : 5], true);
        const c = m.encarts === "bas" ? 4 : 6;
        t[cle] = saisie(r, c, h.si(0.3) ? undefined : "Texte de l'organisme.", [r + 1, 9]);
        r += 2;
      });
  };
  m.thematiques.forEach((th, n) => {
    const t: VeriteThematique = {
      listes: [],
      autres: [],
      cases: [],
      encarts: {},
      mobilisables: [],
    };
    cell(r, 1).value = `T${n + 1}`;
    libelle(r++, 2, `Thématique ${n + 1} : Sujet ${n + 1}`, [r - 1, 9], true);
    th.questions.forEach((q, k) => {
      cell(r, 1).value = `Q${n + 1}.${k + 1}`;
      libelle(r, 2, `Question ${k + 1} de la thématique ${n + 1}`, [r, 5]);
      if (q === "liste") {
        const v = h.si(0.2) ? undefined : REPONSES[h.entier(0, 2)];
        t.listes.push(saisie(r, 6, v, m.listeFusionnee ? [r, 7] : undefined));
        cell(r, 6).dataValidation = { type: "list", allowBlank: true, formulae: [formule] };
      } else if (q === "nombre")
        t.autres.push(saisie(r, 6, h.si(0.2) ? undefined : h.entier(0, 90)));
      else if (q === "texte") t.autres.push(saisie(r, 6, "Précisions.", [r, 9]));
      else {
        const groupe: string[] = [];
        for (let i = 0; i < 2 + h.entier(0, 2); i++) {
          r++;
          cell(r, 1).value = `Q${n + 1}.${k + 1}.${i + 1}`;
          libelle(r, 3, `☐ Élément ${i + 1}`, [r, 5]);
          groupe.push(saisie(r, 6, h.si(0.3) ? undefined : h.si(0.5)));
        }
        t.cases.push(groupe);
      }
      r++;
    });
    if (th.mobilisable) {
      libelle(r, 2, "Indicateur mobilisable : taux d'occupation (2-B)", [r, 5]);
      cell(r, 6).value = { formula: "Listes!B1", result: 0.87 } as ExcelJS.CellFormulaValue;
      cell(r, 6).fill = GRIS;
      t.mobilisables.push(cell(r, 6).address);
      r++;
    }
    if (m.encarts !== "bas") encarts(t.encarts);
    verite.thematiques.push(t);
    r++;
  });
  if (m.encarts === "bas") {
    libelle(r++, 2, "Synthèse de l'axe", [r - 1, 9], true);
    encarts(verite.encartsOnglet);
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), verite };
}
