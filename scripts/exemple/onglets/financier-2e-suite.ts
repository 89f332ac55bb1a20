import { tirage } from "../aleatoire";
import { a1, lettre, type Page, type Valeur } from "../contexte";
import {
  CATEGORIES_PRO,
  EXERCICES,
  ETP_PAR_PLACE,
  FRAIS_SIEGE,
  PROFILS_ETP,
} from "../financier-donnees";
import { ANNEE, type Esms } from "../organisme";
import { COULEURS, FORMATS, police } from "../styles";
import { somme } from "./calculs";
import { BLEU_2E, entetes, titreTableau, type Valeurs2E } from "./financier-2e";

/** Annexe 2-E, suite : E4 départs en retraite, E5 effectifs, E6 frais de siège. */

const libelle = { bordure: true, retour: true };
const gras = { police: police.grasse };

/** Départs prévus sur 5 ans par catégorie professionnelle (organisme de 8 ESMS). */
const DEPARTS = [3, 2, 2, 1, 9, 5, 1, 4, 1, 0, 1];
/** Indemnité moyenne de départ par catégorie (euros). */
const INDEMNITE = [30_000, 14_000, 11_000, 10_000, 16_000, 15_000, 20_000, 9_000, 35_000, 0, 9_000];

function e4(p: Page, debut: number, facteur: number): number {
  titreTableau(
    p,
    debut,
    "Tableau E4 — État prévisionnel des départs en retraite et provisions (5 années à venir)",
  );
  const annees = [0, 1, 2, 3, 4].map((i) => String(ANNEE + i));
  const montants = [
    "Coût estimé des indemnités de départ (€)",
    `Provision constituée au 31/12/${ANNEE - 1} (€)`,
    "Écart provision − coût (€)",
  ];
  entetes(p, debut + 1, [
    [1, "Catégorie professionnelle", 2],
    ...annees.map((x, i) => [3 + i, x] as const),
    [8, "Total sur 5 ans"],
    ...montants.map((m, i) => [9 + i, m] as const),
  ]);
  let row = debut + 2;
  const premiere = row;
  const colonnes: Valeur[][] = Array.from({ length: 9 }, () => []);
  CATEGORIES_PRO.forEach((cat, k) => {
    p.texte(a1(1, row), cat, { ...libelle, fusion: `A${row}:B${row}` });
    const total = (DEPARTS[k] ?? 0) * facteur;
    const lus = annees.map((an, i) => {
      const n = Math.floor(total / 5) + (i < total % 5 ? 1 : 0);
      return p.saisie(a1(3 + i, row), `2e/e4/${cat}|${an}`, n, {
        bleu: BLEU_2E,
        format: FORMATS.entier,
        horizontal: "center",
      });
    });
    const departs = p.calcul(
      `H${row}`,
      `2e/e4/${cat}|Total sur 5 ans`,
      `SUM(C${row}:G${row})`,
      somme(lus),
      { ...gras, format: FORMATS.entier, horizontal: "center" },
    );
    const cout = total * (INDEMNITE[k] ?? 0);
    const taux = tirage(`2e/e4/${cat}`).entier(78, 104) / 100;
    const c = p.saisie(`I${row}`, `2e/e4/${cat}|${montants[0]}`, cout, {
      bleu: BLEU_2E,
      format: FORMATS.euros,
    });
    const prov = p.saisie(
      `J${row}`,
      `2e/e4/${cat}|${montants[1]}`,
      Math.round((cout * taux) / 100) * 100,
      { bleu: BLEU_2E, format: FORMATS.euros },
    );
    const ecart = p.calcul(
      `K${row}`,
      `2e/e4/${cat}|${montants[2]}`,
      `J${row}-I${row}`,
      (typeof prov === "number" ? prov : 0) - (typeof c === "number" ? c : 0),
      { ...gras, format: FORMATS.euros },
    );
    [...lus, departs, c, prov, ecart].forEach((x, i) => colonnes[i]?.push(x));
    row++;
  });
  p.texte(a1(1, row), "Total", {
    ...libelle,
    ...gras,
    fusion: `A${row}:B${row}`,
    fond: COULEURS.enTete,
  });
  for (let col = 3; col <= 11; col++) {
    const l = lettre(col);
    const titre =
      col <= 7
        ? (annees[col - 3] as string)
        : col === 8
          ? "Total sur 5 ans"
          : (montants[col - 9] as string);
    const cache = somme(colonnes[col - 3] ?? []);
    p.calcul(`${l}${row}`, `2e/e4/Total|${titre}`, `SUM(${l}${premiere}:${l}${row - 1})`, cache, {
      ...gras,
      format: col >= 9 ? FORMATS.euros : FORMATS.entier,
      horizontal: col <= 8 ? "center" : undefined,
    });
  }
  return row + 2;
}

/** ETP par catégorie d'ESMS (colonnes) et catégorie professionnelle (lignes). */
export function effectifs(esms: readonly Esms[], facteur: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const e of esms) {
    const profil = PROFILS_ETP[e.categorie] ?? [];
    const etp = e.capacite * (ETP_PAR_PLACE[e.categorie] ?? 0.5);
    const col = (out[e.categorie] ??= CATEGORIES_PRO.map(() => 0));
    profil.forEach((pc, k) => (col[k] = (col[k] ?? 0) + (etp * pc) / 100));
  }
  out["Siège"] = (PROFILS_ETP["Siège"] ?? []).map((pc) => (8 * facteur * pc) / 100);
  for (const k of Object.keys(out)) out[k] = (out[k] ?? []).map((x) => Math.round(x * 100) / 100);
  return out;
}

function e5(p: Page, debut: number, v: Valeurs2E, esms: readonly Esms[], facteur: number): number {
  titreTableau(
    p,
    debut,
    `Tableau E5 — Effectifs au 31/12/${ANNEE - 1} par catégorie professionnelle et par catégorie d'ESMS (en ETP)`,
  );
  const etp = effectifs(esms, facteur);
  const colonnes = Object.keys(etp);
  const fin = 3 + colonnes.length;
  entetes(p, debut + 1, [
    [1, "Catégorie professionnelle", 2],
    ...colonnes.map((c, i) => [3 + i, c] as const),
    [fin, "Total"],
  ]);
  let row = debut + 2;
  const premiere = row;
  const parColonne: Valeur[][] = colonnes.map(() => []);
  const totaux: Valeur[] = [];
  CATEGORIES_PRO.forEach((cat, k) => {
    p.texte(a1(1, row), cat, { ...libelle, fusion: `A${row}:B${row}` });
    const lus = colonnes.map((c, i) => {
      const x = p.saisie(a1(3 + i, row), `2e/e5/${cat}|${c}`, etp[c]?.[k] ?? 0, {
        bleu: BLEU_2E,
        format: FORMATS.decimal,
      });
      parColonne[i]?.push(x);
      return x;
    });
    totaux.push(
      p.calcul(
        a1(fin, row),
        `2e/e5/${cat}|Total`,
        `SUM(C${row}:${lettre(fin - 1)}${row})`,
        somme(lus),
        { ...gras, format: FORMATS.decimal },
      ),
    );
    row++;
  });
  p.texte(a1(1, row), "Total", {
    ...libelle,
    ...gras,
    fusion: `A${row}:B${row}`,
    fond: COULEURS.enTete,
  });
  colonnes.forEach((c, i) => {
    const l = lettre(3 + i);
    p.calcul(
      `${l}${row}`,
      `2e/e5/Total|${c}`,
      `SUM(${l}${premiere}:${l}${row - 1})`,
      somme(parColonne[i] ?? []),
      { ...gras, format: FORMATS.decimal },
    );
  });
  const l = lettre(fin);
  p.calcul(
    `${l}${row}`,
    "2e/e5/Total|Total",
    `SUM(${l}${premiere}:${l}${row - 1})`,
    somme(totaux),
    { ...gras, format: FORMATS.decimal },
  );
  v.e5 = Object.fromEntries(CATEGORIES_PRO.map((cat, k) => [cat, totaux[k] ?? null]));
  return row + 2;
}

function e6(p: Page, debut: number, facteur: number): number {
  titreTableau(p, debut, "Tableau E6 — Évolution des frais de siège");
  const colonnes = [...EXERCICES, `${ANNEE} (prévisionnel)`];
  entetes(p, debut + 1, [[1, "Rubrique", 3], ...colonnes.map((c, i) => [4 + i, c] as const)]);
  let row = debut + 2;
  const lignes: [string, readonly number[], string][] = [
    [
      "Frais de siège autorisés (en euros)",
      FRAIS_SIEGE.autorises.map((x) => x * facteur),
      FORMATS.euros,
    ],
    ["Taux de frais de siège autorisé", FRAIS_SIEGE.taux, "0.00%"],
    [
      "Quote-part de frais de siège imputée aux ESMS (compte 6556)",
      FRAIS_SIEGE.quotePart.map((x) => x * facteur),
      FORMATS.euros,
    ],
    [
      "Base de calcul : charges brutes des ESMS",
      FRAIS_SIEGE.base.map((x) => x * facteur),
      FORMATS.euros,
    ],
    ["ETP du siège", FRAIS_SIEGE.etp.map((x) => x * facteur), FORMATS.decimal],
  ];
  const lus: Valeur[][] = [];
  for (const [texte, valeurs, format] of lignes) {
    p.texte(a1(1, row), texte, { ...libelle, fusion: `A${row}:C${row}` });
    lus.push(
      colonnes.map((c, i) =>
        p.saisie(a1(4 + i, row), `2e/e6/${texte}|${c}`, valeurs[i] ?? null, {
          bleu: BLEU_2E,
          format,
        }),
      ),
    );
    row++;
  }
  const [autorises, , quotePart, base] = lus as Valeur[][];
  const nb = (x: Valeur | undefined) => (typeof x === "number" ? x : 0);
  const [tauxReel, evolution] = [
    "Taux réel de frais de siège (quote-part / base de calcul)",
    "Évolution annuelle des frais de siège autorisés",
  ];
  p.texte(a1(1, row), tauxReel, {
    ...libelle,
    ...gras,
    fusion: `A${row}:C${row}`,
  });
  colonnes.forEach((c, i) => {
    const l = lettre(4 + i);
    const den = nb(base?.[i]);
    p.calcul(
      `${l}${row}`,
      `2e/e6/${tauxReel}|${c}`,
      `IF(${l}${row - 2}=0,"",${l}${row - 3}/${l}${row - 2})`,
      den === 0 ? "" : nb(quotePart?.[i]) / den,
      { ...gras, format: "0.00%" },
    );
  });
  row++;
  p.texte(a1(1, row), evolution, {
    ...libelle,
    ...gras,
    fusion: `A${row}:C${row}`,
  });
  colonnes.forEach((c, i) => {
    const l = lettre(4 + i);
    if (i === 0) {
      // Pas d'évolution pour le premier exercice : cellule du tableau laissée vide.
      p.texte(`${l}${row}`, "", { bordure: true, fond: COULEURS.calcule });
      return p.ctx.noter(`2e/e6/${evolution}|${c}`, { onglet: p.nom, cellule: `${l}${row}` });
    }
    const prec = lettre(3 + i);
    const [avant, apres] = [autorises?.[i - 1], autorises?.[i]];
    const [a, b] = [`${prec}${row - 6}`, `${l}${row - 6}`];
    p.calcul(
      `${l}${row}`,
      `2e/e6/${evolution}|${c}`,
      `IF(OR(${a}="",${b}="",${a}=0),"",${b}/${a}-1)`,
      typeof avant !== "number" || typeof apres !== "number" || avant === 0
        ? ""
        : apres / avant - 1,
      { ...gras, format: FORMATS.pourcent },
    );
  });
  return row + 2;
}

export function ecrireE4E5E6(p: Page, debut: number, v: Valeurs2E, esms: readonly Esms[]): void {
  const facteur = p.ctx.o.facteur;
  let row = e4(p, debut, facteur);
  row = e5(p, row, v, esms, facteur);
  e6(p, row, facteur);
}
