import type ExcelJS from "exceljs";
import { police } from "../styles";

/**
 * Onglet masqué « Listes » : sources des listes déroulantes (réponses des axes, catégories,
 * autorités, statuts…), comme dans les modèles de l'ARS. Les validations y renvoient par plage.
 */

export const LISTES: readonly (readonly [string, readonly string[]])[] = [
  ["Réponses des axes", ["Oui", "Non", "Pratiques hétérogènes"]],
  ["Oui / Non", ["Oui", "Non"]],
  [
    "Catégories d'ESMS",
    [
      "IME",
      "IEM",
      "ITEP",
      "EEAP",
      "SESSAD",
      "CAMSP",
      "CMPP",
      "ESAT",
      "FAM",
      "EAM",
      "MAS",
      "SAVS",
      "SAMSAH",
      "Foyer de vie",
      "Foyer d'hébergement",
    ],
  ],
  ["Autorité de tarification", ["ARS", "Département", "Conjointe ARS / Département"]],
  ["Type de CPOM", ["Bipartite (ARS)", "Tripartite (ARS et Département)"]],
  [
    "Statut juridique",
    [
      "Association loi 1901 non reconnue d'utilité publique",
      "Association loi 1901 reconnue d'utilité publique",
      "Fondation",
      "Congrégation",
      "Société mutualiste",
      "GCSMS de droit privé",
      "Établissement social et médico-social public",
      "Centre communal d'action sociale (CCAS)",
    ],
  ],
];

/** Source d'une liste : « Listes!$C$2:$C$16 ». */
export function sourceListe(titre: string): string {
  const i = LISTES.findIndex(([t]) => t === titre);
  const valeurs = LISTES[i]?.[1];
  if (i < 0 || !valeurs) throw new Error(`Liste inconnue : ${titre}`);
  const col = String.fromCharCode(65 + i);
  return `Listes!$${col}$2:$${col}$${valeurs.length + 1}`;
}

export function ecrireListes(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Listes", { state: "hidden" });
  LISTES.forEach(([titre, valeurs], i) => {
    const col = ws.getColumn(i + 1);
    col.width = 34;
    const t = ws.getCell(1, i + 1);
    t.value = titre;
    t.font = police.grasse;
    valeurs.forEach((v, j) => (ws.getCell(j + 2, i + 1).value = v));
  });
}
