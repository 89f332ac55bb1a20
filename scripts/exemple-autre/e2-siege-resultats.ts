/**
 * 2-E : tableau E6 (frais de siège) avec les EXERCICES EN LIGNES, puis E1 (résultats par autorité,
 * libellés en colonne D, ligne de total TAPÉE, cumul par formule).
 */
import { entete, libelle } from "./cellules";
import { calculer, saisir, somme, titreTableau, type Contexte } from "./e2-commun";
import { FORMATS, SAISIE } from "./styles";

const SIEGE: readonly (readonly [string, string, readonly number[]])[] = [
  ["2022", "2022", [640000, 0.025, 612000, 25100000, 8.8]],
  ["2023", "2023", [655000, 0.025, 631500, 25800000, 9.0]],
  ["2024", "2024", [668000, 0.025, 650200, 26500000, 9.1]],
  ["2025 (prévisionnel)", "2025 previsionnel", [690000, 0.025, 672000, 27200000, 9.4]],
];
const COLS_SIEGE: readonly (readonly [string, string, string])[] = [
  ["D", "Frais de siège autorisés", FORMATS.montant],
  ["E", "Taux de frais de siège autorisé", FORMATS.pourcent],
  ["F", "Quote-part de frais de siège imputée aux ESMS (c/6556)", FORMATS.montant],
  ["G", "Base de calcul : charges brutes des ESMS", FORMATS.montant],
  ["H", "ETP du siège", FORMATS.etp],
];

export function tableauSiege(c: Contexte, debut: number): number {
  titreTableau(c, `C${debut}:J${debut}`, "Tableau E6 — Évolution des frais de siège");
  const h = debut + 1;
  entete(c.ws, `C${h}`, "Exercice");
  COLS_SIEGE.forEach(([col, t]) => entete(c.ws, `${col}${h}`, t));
  entete(c.ws, `I${h}`, "Taux réel de frais de siège");
  entete(c.ws, `J${h}`, "Évolution annuelle de la quote-part");
  c.ws.getRow(h).height = 45;
  SIEGE.forEach(([texte, exercice, valeurs], k) => {
    const l = h + 1 + k;
    libelle(c.ws, `C${l}`, texte, { gras: true, bordure: true });
    COLS_SIEGE.forEach(([col, mesure, format], i) =>
      saisir(c, `${col}${l}`, valeurs[i], SAISIE.bleuPale, format, {
        zone: "2e/e6",
        perimetre: "organisme",
        mesure,
        exercice,
      }),
    );
    calculer(
      c,
      `I${l}`,
      `IF(G${l}=0,"",F${l}/G${l})`,
      (valeurs[2] ?? 0) / (valeurs[3] ?? 1),
      FORMATS.pourcent,
      { zone: "2e/e6", perimetre: "organisme", mesure: "taux reel de frais de siege", exercice },
    );
    const avant = SIEGE[k - 1]?.[2][2];
    if (avant !== undefined) {
      calculer(c, `J${l}`, `F${l}/F${l - 1}-1`, (valeurs[2] ?? 0) / avant - 1, FORMATS.pourcent, {
        zone: "2e/e6",
        perimetre: "organisme",
        mesure: "evolution annuelle des frais de siege",
        exercice,
      });
    }
  });
  const fin = h + SIEGE.length;
  c.r.zone(c.ws, "2e/e6", `C${debut}:J${fin}`, "E6 — Frais de siège (exercices en lignes)");
  return fin + 2;
}

const AUTORITES: readonly (readonly [string, string, readonly number[]])[] = [
  [
    "ESMS relevant de l'ARS seule (assurance maladie ; État pour les ESAT)",
    "ars",
    [152300, -48200, 96400],
  ],
  ["ESMS relevant du Département seul", "cd", [21400, 8900, -15600]],
  ["ESMS à compétence conjointe ARS / Département", "conjointe", [-12800, 18300, 24100]],
];
const TOTAL_SAISI = [160900, -9000, 104900];
const EXERCICES = ["2022", "2023", "2024"];
const COLS = ["F", "G", "H"];

export function tableauResultats(c: Contexte, debut: number): number {
  titreTableau(
    c,
    `D${debut}:I${debut}`,
    "Tableau E1 — Résultats comptables par autorité de tarification (en euros)",
  );
  const h = debut + 1;
  entete(c.ws, `D${h}`, "Autorité de tarification", `D${h}:E${h}`);
  EXERCICES.forEach((e, i) => entete(c.ws, `${COLS[i]}${h}`, `Exercice ${e}`));
  entete(c.ws, `I${h}`, "Cumul sur 3 exercices");
  const lignes: (readonly [string, string, readonly number[]])[] = [
    ...AUTORITES,
    ["Total organisme gestionnaire", "organisme", TOTAL_SAISI],
    [
      "Budget annexe de production et de commercialisation de l'ESAT (hors tarification)",
      "esat bapc",
      [38200, 41500, 29800],
    ],
  ];
  lignes.forEach(([texte, perimetre, valeurs], k) => {
    const l = h + 1 + k;
    libelle(c.ws, `D${l}`, texte, {
      bordure: true,
      gras: perimetre === "organisme",
      fusion: `D${l}:E${l}`,
    });
    valeurs.forEach((v, i) => {
      const a = `${COLS[i]}${l}`;
      saisir(c, a, v, SAISIE.bleuPale, FORMATS.montant, {
        zone: "2e/e1",
        perimetre,
        mesure: "resultat de l exercice",
        exercice: EXERCICES[i] ?? "",
      });
      if (perimetre === "organisme" && i === 1) {
        const vrai = somme(AUTORITES.map((x) => x[2][1]));
        c.r.erreur(c.ws, a, {
          famille: "financier",
          controle: "financier/resultats-somme",
          description: `Total 2023 saisi ${v} € ; somme des autorités ${vrai} €.`,
        });
      }
    });
    calculer(c, `I${l}`, `SUM(F${l}:H${l})`, somme(valeurs), FORMATS.montant, {
      zone: "2e/e1",
      perimetre,
      mesure: "resultat cumule sur 3 exercices",
      exercice: "2022-2024",
    });
  });
  const lb = h + 1 + lignes.length;
  libelle(c.ws, `D${lb}`, "Base budgétaire des ESMS (produits de la tarification)", {
    bordure: true,
    fusion: `D${lb}:E${lb}`,
  });
  [24600000, 25200000, 25900000].forEach((v, i) =>
    saisir(c, `${COLS[i]}${lb}`, v, SAISIE.bleuPale, FORMATS.montant, {
      zone: "2e/e1",
      perimetre: "organisme",
      mesure: "base budgetaire",
      exercice: EXERCICES[i] ?? "",
    }),
  );
  c.r.zone(
    c.ws,
    "2e/e1",
    `D${debut}:I${lb}`,
    "E1 — Résultats par autorité de tarification (total saisi)",
  );
  return lb + 2;
}
