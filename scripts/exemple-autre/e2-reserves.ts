/** 2-E, tableau E2 : réserves et provisions au 31/12/2024 par autorité (libellés en colonne C). */
import { entete, libelle } from "./cellules";
import { calculer, saisir, somme, titreTableau, type Contexte } from "./e2-commun";
import { FORMATS, SAISIE } from "./styles";

const LIGNES: readonly (readonly [string, readonly (number | undefined)[]])[] = [
  ["Excédents affectés à l'investissement", [420000, 35000, 60000]],
  ["Réserve de compensation des déficits", [510000, 48000, 72000]],
  ["Réserve de trésorerie", [150000, undefined, 0]],
  ["Réserve de compensation des charges d'amortissement", [95000, 12000, 20000]],
  ["Report à nouveau excédentaire", [64000, 0, 18000]],
  ["Report à nouveau déficitaire", [-38000, -15600, 0]],
  ["Provisions réglementées pour renouvellement des immobilisations", [210000, 0, 45000]],
  ["Provisions pour risques et charges", [680000, 42000, 91000]],
  ["dont provisions pour indemnités de départ à la retraite", [410000, 25000, 56000]],
  ["Fonds dédiés", [25000, 0, 0]],
];
const AUTORITES = ["ars", "cd", "conjointe"];
const COLS = ["E", "F", "G"];

export function tableauReserves(c: Contexte, debut: number): number {
  titreTableau(
    c,
    `C${debut}:H${debut}`,
    "Tableau E2 — Réserves et provisions au 31/12/2024 par autorité de tarification",
  );
  const h = debut + 1;
  entete(c.ws, `C${h}`, "Compte", `C${h}:D${h}`);
  ["ARS", "Département", "Conjointe ARS / Département", "Total"].forEach((t, i) =>
    entete(c.ws, `${"EFGH"[i]}${h}`, t),
  );
  const premiere = h + 1;
  const iDont = LIGNES.findIndex(([t]) => t.startsWith("dont"));
  LIGNES.forEach(([texte, valeurs], k) => {
    const l = premiere + k;
    libelle(c.ws, `C${l}`, texte, {
      bordure: true,
      italique: texte.startsWith("dont"),
      fusion: `C${l}:D${l}`,
    });
    valeurs.forEach((v, i) =>
      saisir(c, `${COLS[i]}${l}`, v === 0 ? undefined : v, SAISIE.bleuPale, FORMATS.montant, {
        zone: "2e/e2",
        perimetre: AUTORITES[i] ?? "",
        mesure: texte,
        exercice: "2024",
      }),
    );
    calculer(c, `H${l}`, `SUM(E${l}:G${l})`, somme(valeurs), FORMATS.montant, {
      zone: "2e/e2",
      perimetre: "organisme",
      mesure: texte,
      exercice: "2024",
    });
  });
  const lt = premiere + LIGNES.length;
  const lDont = premiere + iDont;
  libelle(c.ws, `C${lt}`, "Total des réserves et provisions (hors « dont »)", {
    gras: true,
    bordure: true,
    fusion: `C${lt}:D${lt}`,
  });
  [...COLS, "H"].forEach((col, i) => {
    const vs = LIGNES.filter((_, k) => k !== iDont).map(([, v]) => (i < 3 ? v[i] : somme(v)));
    calculer(
      c,
      `${col}${lt}`,
      `SUM(${col}${premiere}:${col}${lt - 1})-${col}${lDont}`,
      somme(vs),
      FORMATS.montant,
      {
        zone: "2e/e2",
        perimetre: AUTORITES[i] ?? "organisme",
        mesure: "total des reserves et provisions",
        exercice: "2024",
      },
    );
  });
  c.r.zone(c.ws, "2e/e2", `C${debut}:H${lt}`, "E2 — Réserves et provisions par autorité");
  return lt + 2;
}
