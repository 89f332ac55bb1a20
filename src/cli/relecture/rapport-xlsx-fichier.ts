import type ExcelJS from "exceljs";
import { texteValeur, type ValeurRelue } from "../../domain/relecture";
import type { RetourRelu } from "./document-relecture";
import { rendreRelecture } from "./messages-relecture";
import { cheminDepuis, COULEURS_TON, lienInterne, sur } from "./textes-rapport";

/**
 * La feuille d'un fichier du bilan xlsx : en-tête (organisme, référence, empreinte), valeurs
 * pré-renseignées modifiées, puis constats, avec un lien vers chaque cellule du classeur retourné
 * (chemin relatif au rapport : garder le rapport à côté des retours, ou près d'eux).
 */

const GRAVITE: Readonly<Record<string, string>> = {
  erreur: "Erreur",
  alerte: "Alerte",
  info: "Info",
};

const EMPREINTE: Readonly<Record<string, string>> = {
  valide: "présente et intacte",
  absente: "absente",
  alteree: "altérée",
};

function valeur(v: ValeurRelue): ExcelJS.CellValue {
  if (typeof v === "number") return v;
  return sur(texteValeur(v));
}

function entete(ws: ExcelJS.Worksheet, row: number, titres: readonly string[]): void {
  const r = ws.getRow(row);
  titres.forEach((t, j) => {
    const c = r.getCell(j + 1);
    c.value = t;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
}

function lien(rapport: string, fichier: string, onglet: string | null, cellule: string | null) {
  const texte = sur(onglet && cellule ? `${onglet}!${cellule}` : (onglet ?? "—"));
  if (!onglet) return texte;
  const cible = `${cheminDepuis(rapport, fichier)}${lienInterne(onglet, cellule ?? "A1")}`;
  return { text: texte, hyperlink: encodeURI(cible).replace(/%23/g, "#") };
}

export function feuilleFichier(
  wb: ExcelJS.Workbook,
  nom: string,
  r: RetourRelu,
  rapport: string,
): void {
  const ws = wb.addWorksheet(nom);
  const j = r.json;
  const s = r.synthese;
  ws.getCell("A1").value = sur(s.organisme || j.fichier);
  ws.getCell("A1").font = { bold: true, size: 13 };
  const infos: [string, ExcelJS.CellValue][] = [
    ["Fichier", sur(j.fichier)],
    ["FINESS juridique", sur(s.finessJuridique || "—")],
    ["Classeur envoyé (référence)", sur(j.reference ?? "aucun")],
    ["Empreinte", EMPREINTE[j.empreinte] ?? j.empreinte],
    [
      "À retenir",
      sur(s.motifs.join(" ; ") || rendreRelecture({ code: "rapport/rien-a-signaler", params: {} })),
    ],
    ["Retour à la synthèse", { text: "Synthèse", hyperlink: lienInterne("Synthèse") }],
  ];
  if (j.statut === "illisible") infos.splice(1, 0, ["Illisible", sur(j.erreur?.message ?? "")]);
  infos.forEach(([k, v], i) => {
    ws.getCell(2 + i, 1).value = k;
    ws.getCell(2 + i, 1).font = { bold: true };
    ws.getCell(2 + i, 2).value = v;
  });
  let row = 3 + infos.length;
  ws.getCell(row, 1).value = rendreRelecture({
    code: "rapport/modifiees",
    params: { nombre: r.modifiees.length },
  });
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  row++;
  if (r.modifiees.length) {
    entete(ws, row++, ["Cellule", "ESMS", "Indicateur", "Valeur envoyée", "Valeur retournée"]);
    for (const m of r.modifiees) {
      const l = ws.getRow(row++);
      l.getCell(1).value = lien(rapport, j.fichier, m.onglet, m.cellule);
      l.getCell(2).value = sur(m.esmsLibelle === m.esms ? m.esms : `${m.esms} ${m.esmsLibelle}`);
      l.getCell(3).value = sur(m.mesure);
      l.getCell(4).value = valeur(m.reference);
      l.getCell(5).value = valeur(m.valeur);
      const { fond } = COULEURS_TON.mauvais;
      l.getCell(5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fond}` } };
    }
  } else {
    ws.getCell(row++, 1).value = rendreRelecture({
      code:
        j.reference || j.empreinte === "valide"
          ? "rapport/xlsx-aucune-modifiee"
          : "rapport/xlsx-non-verifiees",
      params: {},
    });
  }
  row++;
  ws.getCell(row, 1).value = rendreRelecture({
    code: "rapport/constats",
    params: { nombre: j.constats.length },
  });
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  row++;
  if (j.constats.length) entete(ws, row++, ["Cellule", "Gravité", "Constat", "Correction"]);
  for (const c of j.constats) {
    const l = ws.getRow(row++);
    l.getCell(1).value = lien(rapport, j.fichier, c.onglet, c.cellule);
    l.getCell(2).value = GRAVITE[c.gravite] ?? c.gravite;
    const ton = c.gravite === "erreur" ? "mauvais" : c.gravite === "alerte" ? "moyen" : null;
    if (ton) {
      l.getCell(2).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: `FF${COULEURS_TON[ton].fond}` },
      };
    }
    l.getCell(3).value = sur(c.message);
    l.getCell(4).value = sur(c.correction);
    l.alignment = { wrapText: true, vertical: "top" };
    l.height =
      15 * Math.max(1, Math.ceil(c.message.length / 62), Math.ceil(c.correction.length / 42));
  }
  ws.columns.forEach((c, i) => (c.width = [24, 30, 60, 40, 18][i] ?? 14));
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
  };
}
