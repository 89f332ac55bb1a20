import type { Hasard } from "../verite";
import {
  arrondi,
  e1,
  e2,
  EXERCICES,
  k,
  somme,
  type Cellule2E,
  type Colonne,
  type Contenu2E,
  type Ligne,
  type Options2E,
  type Semee,
  type Tableau2EAleatoire,
} from "./modele-2e";

/** Tableaux E3 à E6 d'un onglet 2-E aléatoire, et l'assemblage des six tableaux. */

const BRUTES: readonly (readonly [string, string])[] = [
  ["B1", "Financements stables d'investissement, hors amortissements cumulés"],
  ["B2", "dont emprunts et dettes financières"],
  ["B3", "Amortissements et dépréciations cumulés des immobilisations"],
  ["B4", "Immobilisations brutes"],
  ["B5", "dont constructions (valeur brute)"],
  ["B6", "Amortissements cumulés des constructions"],
  ["B7", "Installations techniques, matériel et autres immobilisations corporelles (valeur brute)"],
  ["B8", "Amortissements cumulés des installations, matériels et autres immobilisations"],
  ["B9", "Financements stables d'exploitation"],
  ["B10", "Emplois stables d'exploitation"],
  ["B11", "Actif circulant d'exploitation, hors trésorerie"],
  ["B12", "Dettes d'exploitation"],
  ["B13", "Disponibilités"],
  ["B14", "Concours bancaires courants"],
  ["C1", "Total des charges"],
  ["C2", "Dotations aux amortissements, dépréciations et provisions"],
  ["C3", "Valeur comptable des éléments d'actif cédés"],
  ["P1", "Total des produits"],
  ["P2", "Reprises sur amortissements, dépréciations et provisions"],
  ["P3", "Produits des cessions d'éléments d'actif"],
  ["P4", "Quote-part des subventions d'investissement virée au résultat"],
  ["P5", "Autres produits exceptionnels, dont 7781"],
  ["P6", "Rabais et remises accordés ; variation des stocks de produits"],
  ["R1", "Résultat de l'exercice"],
  ["R2", "Remboursement en capital des emprunts de l'exercice"],
];
type V = Record<string, number>;
const RATIOS: readonly (readonly [string, string, (v: V) => number, string])[] = [
  ["fri", "Fonds de roulement d'investissement", (v) => v.B1! + v.B3! - v.B4!, "{B1}+{B3}-{B4}"],
  [
    "frng",
    "Fonds de roulement net global",
    (v) => v.B1! + v.B3! - v.B4! + v.B9! - v.B10!,
    "{B1}+{B3}-{B4}+{B9}-{B10}",
  ],
  ["bfr", "Besoin en fonds de roulement", (v) => v.B11! - v.B12!, "{B11}-{B12}"],
  [
    "caf",
    "Capacité d'autofinancement",
    (v) => v.R1! + v.C2! - v.P2! - v.P3! + v.C3! - v.P4! - v.P5!,
    "{R1}+{C2}-{P2}-{P3}+{C3}-{P4}-{P5}",
  ],
  ["vetuste-constructions", "Taux de vétusté des constructions", (v) => v.B6! / v.B5!, "{B6}/{B5}"],
];

function brutes(h: Hasard): V {
  const x = (a: number, b: number) => h.entier(a, b) * 10_000;
  const v: V = { B4: x(1200, 1800), B5: x(800, 1100), B7: x(200, 300), B9: x(300, 400) };
  Object.assign(v, {
    B1: x(900, 1100),
    B3: x(600, 800),
    B6: Math.round(v.B5! * 0.5),
    B8: Math.round(v.B7! * 0.6),
  });
  Object.assign(v, {
    B2: Math.round(v.B1! * 0.3),
    B10: x(1, 9),
    B11: x(300, 350),
    B12: x(280, 320),
    B13: x(400, 450),
    B14: 0,
  });
  Object.assign(v, {
    C1: x(2700, 2900),
    C2: x(100, 120),
    C3: x(0, 2),
    P2: x(5, 15),
    P3: x(0, 2),
    P4: x(15, 20),
    P5: x(1, 3),
    P6: 0,
    R2: x(30, 45),
  });
  v.P1 = v.C1! + x(-5, 15);
  v.R1 = v.P1 - v.C1!;
  return v;
}

function e3(
  h: Hasard,
  o: Options2E,
  semees: Semee[],
  att: Record<string, number>,
): Tableau2EAleatoire {
  const c: Record<string, Cellule2E> = {};
  EXERCICES.forEach((ex, i) => {
    const v = brutes(h);
    if (o.semer && i === 0) {
      v.B6 = Math.round(v.B5! * 1.05);
      semees.push({
        controle: "financier/vetuste-impossible",
        tableau: "e3-financier",
        ligne: "B6",
        colonne: ex,
      });
    }
    for (const [code] of BRUTES) c[k(code, ex)] = { saisie: v[code]! };
    for (const [cle, , calc, gabarit] of RATIOS) {
      att[`fin.${cle}|${ex}`] = calc(v);
      if (o.ratios)
        c[k(cle, ex)] = {
          formule: (r) => gabarit.replace(/\{(\w+)\}/g, (_, x: string) => r(x, ex)),
          resultat: calc(v),
        };
    }
  });
  const lignes: Ligne[] = [
    ...BRUTES.map(([cle, libelle]) => ({ cle, libelle })),
    ...(o.ratios ? RATIOS.map(([cle, libelle]) => ({ cle, libelle })) : []),
  ];
  const colonnes: Colonne[] = EXERCICES.map((e) => ({
    cle: e,
    libelle: o.prefixeExercice ? `Exercice ${e}` : e,
  }));
  return {
    cle: "e3-financier",
    titre: "Tableau E3 — Indicateurs financiers sur 3 exercices",
    lignes,
    colonnes,
    cellules: c,
  };
}

const CATEGORIES: readonly Ligne[] = [
  { cle: "direction", libelle: "Direction / encadrement" },
  { cle: "administration", libelle: "Administration / gestion" },
  { cle: "socio-educatif", libelle: "Socio-éducatif" },
  { cle: "paramedical", libelle: "Paramédical" },
];

function e4(h: Hasard): Tableau2EAleatoire {
  const annees = ["2025", "2026", "2027", "2028", "2029"];
  const colonnes: Colonne[] = [
    ...annees.map((a) => ({ cle: a, libelle: a })),
    { cle: "total sur 5 ans", libelle: "Total sur 5 ans" },
    {
      cle: "cout estime des indemnites de depart",
      libelle: "Coût estimé des indemnités de départ",
    },
    { cle: "provision constituee", libelle: "Provision constituée" },
    { cle: "ecart provision moins cout", libelle: "Écart (provision moins coût)" },
  ];
  const c: Record<string, Cellule2E> = {};
  for (const l of CATEGORIES) {
    const d = annees.map(() => h.entier(0, 1));
    annees.forEach((a, i) => (c[k(l.cle, a)] = { saisie: d[i]! }));
    c[k(l.cle, "total sur 5 ans")] = {
      formule: (r) => `SUM(${annees.map((a) => r(l.cle, a)).join(",")})`,
      resultat: somme(d),
    };
    const cout = somme(d) * 20_000;
    const prov = Math.round(cout * 0.8);
    c[k(l.cle, colonnes[6]!.cle)] = { saisie: cout };
    c[k(l.cle, colonnes[7]!.cle)] = { saisie: prov };
    c[k(l.cle, colonnes[8]!.cle)] = {
      formule: (r) => `${r(l.cle, colonnes[7]!.cle)}-${r(l.cle, colonnes[6]!.cle)}`,
      resultat: prov - cout,
    };
  }
  return {
    cle: "e4-retraites",
    titre: "Tableau E4 — État prévisionnel des départs en retraite",
    lignes: CATEGORIES,
    colonnes,
    cellules: c,
  };
}

function e5(
  h: Hasard,
  o: Options2E,
  semees: Semee[],
  att: Record<string, number>,
): Tableau2EAleatoire {
  const esms = ["IME", "ESAT", "MAS"];
  const colonnes: Colonne[] = [
    ...esms.map((e) => ({ cle: e.toLowerCase(), libelle: e })),
    { cle: "total", libelle: "Total" },
  ];
  const c: Record<string, Cellule2E> = {};
  const v: Record<string, number> = {};
  for (const l of CATEGORIES) {
    for (const e of esms)
      c[k(l.cle, e.toLowerCase())] = { saisie: (v[k(l.cle, e)] = h.entier(6, 40) / 2) };
    c[k(l.cle, "total")] = {
      formule: (r) => `SUM(${esms.map((e) => r(l.cle, e.toLowerCase())).join(",")})`,
      resultat: arrondi(somme(esms.map((e) => v[k(l.cle, e)]!))),
    };
  }
  const lignes: Ligne[] = [...CATEGORIES, { cle: "total", libelle: "Total calculé" }];
  for (const e of esms) {
    const t = arrondi(somme(CATEGORIES.map((l) => v[k(l.cle, e)]!)));
    c[k("total", e.toLowerCase())] = {
      formule: (r) => `SUM(${CATEGORIES.map((l) => r(l.cle, e.toLowerCase())).join(",")})`,
      resultat: t,
    };
    att[`fin.effectif-total|${e.toLowerCase()}`] = t;
    if (o.totalDeclare) {
      const faux = o.semer && e === "ESAT";
      c[k("total-declare", e.toLowerCase())] = { saisie: faux ? t + 1.5 : t };
      if (faux)
        semees.push({
          controle: "financier/effectifs-somme",
          tableau: "e5-effectifs",
          ligne: "total-declare",
          colonne: "esat",
        });
    }
  }
  if (o.totalDeclare) lignes.push({ cle: "total-declare", libelle: "Total déclaré", libre: true });
  return {
    cle: "e5-effectifs",
    titre: "Tableau E5 — Effectifs au 31/12/2024 par catégorie professionnelle",
    lignes,
    colonnes,
    cellules: c,
  };
}

function e6(h: Hasard, o: Options2E, att: Record<string, number>): Tableau2EAleatoire {
  const lignes: Ligne[] = [
    { cle: "frais-autorises", libelle: "Frais de siège autorisés" },
    { cle: "taux-autorise", libelle: "Taux de frais de siège autorisé" },
    { cle: "quote-part", libelle: "Quote-part de frais de siège imputée aux ESMS (compte 6556)" },
    { cle: "base", libelle: "Base de calcul : charges brutes des ESMS" },
    { cle: "etp-siege", libelle: "ETP du siège" },
    { cle: "taux-frais-siege", libelle: "Taux réel de frais de siège" },
  ];
  const c: Record<string, Cellule2E> = {};
  for (const ex of EXERCICES) {
    const base = h.entier(240, 270) * 100_000;
    const qp = Math.round(base * 0.024);
    Object.assign(c, {
      [k("frais-autorises", ex)]: { saisie: h.entier(600, 700) * 1000 },
      [k("taux-autorise", ex)]: { saisie: 0.025 },
      [k("quote-part", ex)]: { saisie: qp },
      [k("base", ex)]: { saisie: base },
      [k("etp-siege", ex)]: { saisie: h.entier(16, 20) / 2 },
      [k("taux-frais-siege", ex)]: {
        formule: (r: (l: string, c: string) => string) => `${r("quote-part", ex)}/${r("base", ex)}`,
        resultat: qp / base,
      },
    });
    att[`fin.taux-frais-siege|${ex}`] = qp / base;
  }
  const colonnes: Colonne[] = EXERCICES.map((e) => ({
    cle: e,
    libelle: o.prefixeExercice ? `Exercice ${e}` : e,
  }));
  return {
    cle: "e6-frais-siege",
    titre: "Tableau E6 — Évolution des frais de siège",
    lignes,
    colonnes,
    cellules: c,
  };
}

export function contenu2E(h: Hasard, o: Options2E): Contenu2E {
  const semees: Semee[] = [];
  const att: Record<string, number> = {};
  const tableaux = [
    e1(h, o, semees, att),
    e2(h),
    e3(h, o, semees, att),
    e4(h),
    e5(h, o, semees, att),
    e6(h, o, att),
  ];
  return { tableaux, semees, attendus: att };
}
