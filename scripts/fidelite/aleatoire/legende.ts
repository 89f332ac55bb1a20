import type ExcelJS from "exceljs";
import type { Legende } from "./parametres";
import type { Pinceau } from "./pinceau";

/**
 * Légende aléatoire : une à trois lignes (saisie, pré-rempli ARS, calcul), pastille à gauche, à
 * droite du texte ou dans la cellule du texte, texte fusionné ou non. Rend la première ligne libre.
 */

export function ecrireLegende(
  ws: ExcelJS.Worksheet,
  l: Legende,
  p: Pinceau,
  debut: number,
): number {
  const lignes: [string, ExcelJS.Fill | undefined][] = [
    ["Cellules à renseigner par l'organisme gestionnaire", p.styles.saisie],
  ];
  if (l.preRempli && p.styles.preRempli)
    lignes.push(["Données pré-renseignées par l'ARS", p.styles.preRempli]);
  if (l.calcul && p.styles.calcul)
    lignes.push(["Cellules calculées automatiquement", p.styles.calcul]);
  let r = debut;
  for (const [texte, fond] of lignes) {
    const cTexte = l.cote === "gauche" ? 3 : 2;
    const fusion = l.largeurTexte > 1 ? { colonnes: l.largeurTexte } : undefined;
    if (l.cote === "texte") {
      p.libelle(ws, r, cTexte, texte, { ...(fond ? { fond } : {}), ...(fusion ? { fusion } : {}) });
    } else {
      p.libelle(ws, r, cTexte, texte, fusion ? { fusion } : {});
      const cPastille = l.cote === "gauche" ? 2 : cTexte + l.largeurTexte;
      if (fond) ws.getCell(r, cPastille).fill = fond;
    }
    r++;
  }
  return r + 1;
}
