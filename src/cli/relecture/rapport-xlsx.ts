import ExcelJS from "exceljs";
import {
  ANNEXES,
  INDICATEURS_CLES,
  LIBELLE_PRIORITE,
  TON_PRIORITE,
  tonCompletude,
  tonIndicateur,
  tonNombre,
  type Ton,
} from "../../domain/relecture";
import type { RetourRelu } from "./document-relecture";
import { rendreRelecture } from "./messages-relecture";
import { feuilleFichier } from "./rapport-xlsx-fichier";
import {
  COULEURS_TON,
  ENTETES_COMPLETUDE,
  lienInterne,
  nomCourt,
  nomsDeFeuilles,
  sur,
} from "./textes-rapport";

/**
 * Le bilan consolidé en .xlsx : une feuille « Synthèse » (une ligne par fichier, ceux qu'il faut
 * appeler d'abord, couleurs de lecture), puis une feuille par fichier (constats, valeurs
 * pré-renseignées modifiées, liens vers les cellules). Tout texte venu d'un classeur est neutralisé.
 */

export const FEUILLE_SYNTHESE = "Synthèse";

const ENTETES = [
  "Priorité",
  "Motifs",
  "Fichier",
  "Organisme",
  "FINESS juridique",
  "ESMS",
  ...ENTETES_COMPLETUDE.map((a) => `Complétude ${a}`),
  "Erreurs",
  "Alertes",
  "Pré-renseignées modifiées",
  ...INDICATEURS_CLES.map((i) => i.libelle),
];

function colorer(c: ExcelJS.Cell, ton: Ton | null): void {
  if (!ton) return;
  const { fond, texte } = COULEURS_TON[ton];
  c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fond}` } };
  c.font = { ...(c.font ?? {}), color: { argb: `FF${texte}` } };
}

function synthese(
  ws: ExcelJS.Worksheet,
  retours: readonly RetourRelu[],
  feuilles: Map<RetourRelu, string>,
  titre: string,
) {
  ws.getCell("A1").value = titre;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = rendreRelecture({
    code: "rapport/xlsx-chapeau",
    params: { classeurs: retours.length },
  });
  const entete = ws.getRow(4);
  ENTETES.forEach((t, j) => {
    const c = entete.getCell(j + 1);
    c.value = t;
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: "top" };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  entete.height = 45;
  retours.forEach((r, i) => {
    const l = r.synthese;
    const row = ws.getRow(5 + i);
    const feuille = feuilles.get(r)!;
    const cellules: (ExcelJS.CellValue | null)[] = [
      LIBELLE_PRIORITE[l.priorite],
      sur(l.motifs.join(" ; ") || "—"),
      { text: sur(nomCourt(l.fichier)), hyperlink: lienInterne(feuille) },
      sur(
        l.organisme ||
          (l.lisible
            ? rendreRelecture({ code: "rapport/organisme-non-renseigne", params: {} })
            : "—"),
      ),
      sur(l.finessJuridique),
      l.lisible ? l.nombreEsms : null,
      ...ANNEXES.map((a) => l.completude[a]),
      l.erreurs,
      l.alertes,
      l.lisible ? l.prerenseigneesModifiees : null,
      ...INDICATEURS_CLES.map((k) => l.indicateurs[k.cle]),
    ];
    cellules.forEach((v, j) => (row.getCell(j + 1).value = v));
    colorer(row.getCell(1), TON_PRIORITE[l.priorite]);
    row.getCell(3).font = { color: { argb: "FF0563C1" }, underline: true };
    ANNEXES.forEach((a, k) => {
      const c = row.getCell(7 + k);
      c.numFmt = "0%";
      colorer(c, tonCompletude(l.completude[a]));
    });
    const n = 7 + ANNEXES.length;
    colorer(row.getCell(n), l.lisible ? tonNombre(l.erreurs, true) : null);
    colorer(row.getCell(n + 1), l.lisible ? tonNombre(l.alertes, false) : null);
    colorer(row.getCell(n + 2), l.lisible ? tonNombre(l.prerenseigneesModifiees, true) : null);
    INDICATEURS_CLES.forEach((k, m) => {
      const c = row.getCell(n + 3 + m);
      c.numFmt = k.unite === "%" ? "0.0%" : "0";
      colorer(c, tonIndicateur(k.cle, l.indicateurs[k.cle]));
    });
    row.alignment = { vertical: "top", wrapText: true };
    // Hauteur estimée : ni ExcelJS ni LibreOffice ne l'ajustent au texte renvoyé à la ligne.
    const lignes = Math.max(
      1,
      Math.ceil(String(cellules[1]).length / 45),
      Math.ceil(l.organisme.length / 30),
    );
    row.height = 15 * lignes;
  });
  ws.columns.forEach((c, j) => (c.width = j === 1 ? 40 : j === 2 || j === 3 ? 28 : 12));
  ws.views = [{ state: "frozen", ySplit: 4, xSplit: 3 }];
  ws.autoFilter = {
    from: { row: 4, column: 1 },
    to: { row: 4 + retours.length, column: ENTETES.length },
  };
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "4:4",
    margins: { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
  };
}

/** Le classeur du bilan (retours déjà triés) ; `rapport` est son chemin (liens relatifs). */
export function classeurBilan(
  retours: readonly RetourRelu[],
  rapport: string,
  titre: string,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cpom-diagnostic";
  const ws = wb.addWorksheet(FEUILLE_SYNTHESE);
  const noms = nomsDeFeuilles(
    retours.map((r) => r.json.fichier),
    [FEUILLE_SYNTHESE],
  );
  const feuilles = new Map(retours.map((r, i) => [r, noms[i]!]));
  synthese(ws, retours, feuilles, titre);
  for (const r of retours) feuilleFichier(wb, feuilles.get(r)!, r, rapport);
  for (const w of wb.worksheets) {
    w.headerFooter = { oddFooter: "&L&8&A&R&8Page &P / &N" };
  }
  return wb;
}
