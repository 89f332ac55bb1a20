/**
 * Annexe 2-E « Diag financier » : tableaux dans un ordre non standard (E6, E1, E3, E2, E5, E4),
 * libellés en colonne C ou D, exercices en lignes (E6, E4) ou en colonnes.
 */
import { bandeau, largeurs, libelle } from "./cellules";
import { tableauBilan } from "./e2-bilan";
import type { Contexte } from "./e2-commun";
import { tableauEffectifs, tableauRetraites } from "./e2-effectifs";
import { tableauReserves } from "./e2-reserves";
import { tableauResultats, tableauSiege } from "./e2-siege-resultats";
import type { Enregistreur } from "./enregistreur";
import { NOMS } from "./onglets";

export function ecrireFinancier(r: Enregistreur): void {
  const ws = r.onglet(NOMS.financier, "financier-2e");
  largeurs(ws, [2, 2, 16, 30, 16, 15, 15, 15, 15, 15, 14, 14, 12]);
  bandeau(ws, "C1:M1", "ANNEXE 2-E — DIAGNOSTIC BUDGÉTAIRE ET FINANCIER (exercices 2022 à 2024)");
  libelle(
    ws,
    "C2",
    "Montants en euros ; à joindre hors classeur : bilans financiers consolidés par financeur, bilan consolidé de l'organisme et PGFP 2025.",
    { italique: true, fusion: "C2:M2" },
  );
  const c: Contexte = { r, ws };
  let l = 4;
  l = tableauSiege(c, l);
  l = tableauResultats(c, l);
  l = tableauBilan(c, l);
  l = tableauReserves(c, l);
  l = tableauEffectifs(c, l);
  tableauRetraites(c, l);
}
