/**
 * 2-E, tableau E5 (ETP par catégorie professionnelle × catégorie d'ESMS, ligne « total déclaré »
 * tapée) et tableau E4 (départs en retraite, ANNÉES EN LIGNES, catégories en colonnes).
 */
import { entete, libelle } from "./cellules";
import { calculer, saisir, somme, titreTableau, type Contexte } from "./e2-commun";
import { FORMATS, SAISIE } from "./styles";

const CATEGORIES_ESMS = [
  "IME",
  "ITEP",
  "SESSAD",
  "ESAT",
  "MAS",
  "FAM",
  "Foyers (vie, hébergement)",
  "Services adultes (SAVS, SAMSAH)",
  "Siège",
];
const COLS = ["D", "E", "F", "G", "H", "I", "J", "K", "L"];
const ETP: readonly (readonly [string, readonly number[]])[] = [
  ["Direction / encadrement", [6, 2, 1.5, 3, 2.5, 2, 2, 1.5, 3]],
  ["Administration / gestion", [5.5, 2, 1.5, 3.5, 2, 1.5, 1.5, 1, 4.6]],
  ["Services généraux", [6, 2.5, 0.5, 2, 3, 2, 2.5, 0, 0.5]],
  ["Restauration", [4, 2, 0, 1.5, 3, 2, 2.5, 0, 0]],
  ["Socio-éducatif", [38, 15, 12.5, 9, 14, 10.5, 16, 11.5, 0]],
  ["Paramédical", [9.5, 3, 6, 0.5, 22, 9, 1, 4.5, 0]],
  ["Psychologue", [2, 1.5, 1.5, 0.3, 0.8, 0.8, 0.5, 1, 0]],
  ["Agents de service (ASH)", [8, 2, 0, 0, 12, 5, 4, 0, 0]],
  ["Médical", [1, 0.6, 0.5, 0.1, 1.2, 0.6, 0.1, 0.6, 0]],
  ["Personnel de l'Éducation nationale", [4, 2, 0, 0, 0, 0, 0, 0, 0]],
  ["Autres fonctions", [1, 0.5, 0.5, 6, 0.5, 0.5, 0.5, 0, 1]],
];
const arrondi = (x: number): number => Math.round(x * 100) / 100;

export function tableauEffectifs(c: Contexte, debut: number): number {
  titreTableau(
    c,
    `C${debut}:M${debut}`,
    "Tableau E5 — Effectifs au 31/12/2024 (ETP) par catégorie professionnelle et par catégorie d'ESMS",
  );
  const h = debut + 1;
  entete(c.ws, `C${h}`, "Catégorie professionnelle");
  CATEGORIES_ESMS.forEach((t, i) => entete(c.ws, `${COLS[i]}${h}`, t));
  entete(c.ws, `M${h}`, "Total");
  const premiere = h + 1;
  ETP.forEach(([cat, vs], k) => {
    const l = premiere + k;
    libelle(c.ws, `C${l}`, cat, { bordure: true });
    vs.forEach((v, i) =>
      saisir(c, `${COLS[i]}${l}`, v === 0 ? undefined : v, SAISIE.bleuPale, FORMATS.etp, {
        zone: "2e/e5",
        perimetre: CATEGORIES_ESMS[i] ?? "",
        mesure: cat,
        exercice: "2024",
      }),
    );
    calculer(c, `M${l}`, `SUM(D${l}:L${l})`, arrondi(somme(vs)), FORMATS.etp, {
      zone: "2e/e5",
      perimetre: "organisme",
      mesure: cat,
      exercice: "2024",
    });
  });
  const lc = premiere + ETP.length;
  const ld = lc + 1;
  libelle(c.ws, `C${lc}`, "Total calculé", { gras: true, bordure: true });
  libelle(c.ws, `C${ld}`, "Total déclaré (ETP au bilan social)", { gras: true, bordure: true });
  [...COLS, "M"].forEach((col, i) => {
    const total = arrondi(somme(ETP.map(([, vs]) => (i < 9 ? (vs[i] ?? 0) : somme(vs)))));
    const perimetre = CATEGORIES_ESMS[i] ?? "organisme";
    calculer(c, `${col}${lc}`, `SUM(${col}${premiere}:${col}${lc - 1})`, total, FORMATS.etp, {
      zone: "2e/e5",
      perimetre,
      mesure: "total calcule",
      exercice: "2024",
    });
    if (i < 9) {
      const declare = col === "G" ? 27.4 : total;
      saisir(c, `${col}${ld}`, declare, SAISIE.bleuPale, FORMATS.etp, {
        zone: "2e/e5",
        perimetre,
        mesure: "total declare",
        exercice: "2024",
      });
      if (col === "G")
        c.r.erreur(c.ws, `G${ld}`, {
          famille: "financier",
          controle: "financier/effectifs-somme",
          description: `ESAT : total déclaré 27,4 ETP, somme des catégories ${total} ETP.`,
        });
    }
  });
  c.r.zone(
    c.ws,
    "2e/e5",
    `C${debut}:M${ld}`,
    "E5 — Effectifs ETP (catégories professionnelles × catégories d'ESMS)",
  );
  return ld + 2;
}

const CATS_RETRAITE = [
  "Direction / encadrement",
  "Administration / gestion",
  "Socio-éducatif",
  "Paramédical",
  "Agents de service (ASH)",
  "Services généraux",
];
const DEPARTS = [
  [1, 1, 3, 1, 1, 0],
  [0, 1, 2, 2, 1, 1],
  [1, 0, 4, 1, 2, 1],
  [0, 2, 3, 2, 1, 0],
  [1, 1, 5, 1, 1, 1],
];
const COUT = [96000, 62000, 171000, 78000, 41000, 24000];
const PROVISION = [80000, 55000, 160000, 70000, 40000, 20000];
const COLS_R = ["D", "E", "F", "G", "H", "I"];

export function tableauRetraites(c: Contexte, debut: number): number {
  titreTableau(
    c,
    `C${debut}:J${debut}`,
    "Tableau E4 — État prévisionnel des départs en retraite (2025-2029) et provisions",
  );
  const h = debut + 1;
  entete(c.ws, `C${h}`, "Année de départ");
  CATS_RETRAITE.forEach((t, i) => entete(c.ws, `${COLS_R[i]}${h}`, t));
  entete(c.ws, `J${h}`, "Total");
  const premiere = h + 1;
  DEPARTS.forEach((vs, k) => {
    const l = premiere + k;
    const annee = String(2025 + k);
    libelle(c.ws, `C${l}`, annee, { gras: true, bordure: true, centre: true });
    vs.forEach((v, i) =>
      saisir(c, `${COLS_R[i]}${l}`, v === 0 ? undefined : v, SAISIE.accent1, FORMATS.entier, {
        zone: "2e/e4",
        perimetre: CATS_RETRAITE[i] ?? "",
        mesure: "departs prevus",
        exercice: annee,
      }),
    );
    calculer(c, `J${l}`, `SUM(D${l}:I${l})`, somme(vs), FORMATS.entier, {
      zone: "2e/e4",
      perimetre: "organisme",
      mesure: "departs prevus",
      exercice: annee,
    });
  });
  const lt = premiere + DEPARTS.length;
  libelle(c.ws, `C${lt}`, "Total sur 5 ans", { gras: true, bordure: true });
  [...COLS_R, "J"].forEach((col, i) => {
    const v = somme(DEPARTS.map((vs) => (i < 6 ? (vs[i] ?? 0) : somme(vs))));
    calculer(c, `${col}${lt}`, `SUM(${col}${premiere}:${col}${lt - 1})`, v, FORMATS.entier, {
      zone: "2e/e4",
      perimetre: CATS_RETRAITE[i] ?? "organisme",
      mesure: "departs prevus sur 5 ans",
      exercice: "2025-2029",
    });
  });
  const lignes: readonly (readonly [string, string, readonly number[]])[] = [
    ["Coût estimé des indemnités de départ", "cout estime des indemnites de depart", COUT],
    ["Provision constituée au 31/12/2024", "provision constituee", PROVISION],
  ];
  lignes.forEach(([texte, mesure, vs], k) => {
    const l = lt + 1 + k;
    libelle(c.ws, `C${l}`, texte, { bordure: true });
    vs.forEach((v, i) =>
      saisir(c, `${COLS_R[i]}${l}`, v, SAISIE.accent1, FORMATS.montant, {
        zone: "2e/e4",
        perimetre: CATS_RETRAITE[i] ?? "",
        mesure,
        exercice: "2024",
      }),
    );
    calculer(c, `J${l}`, `SUM(D${l}:I${l})`, somme(vs), FORMATS.montant, {
      zone: "2e/e4",
      perimetre: "organisme",
      mesure,
      exercice: "2024",
    });
  });
  const le = lt + 3;
  libelle(c.ws, `C${le}`, "Écart provision − coût estimé", { gras: true, bordure: true });
  [...COLS_R, "J"].forEach((col, i) => {
    const v = i < 6 ? (PROVISION[i] ?? 0) - (COUT[i] ?? 0) : somme(PROVISION) - somme(COUT);
    calculer(c, `${col}${le}`, `${col}${le - 1}-${col}${le - 2}`, v, FORMATS.montant, {
      zone: "2e/e4",
      perimetre: CATS_RETRAITE[i] ?? "organisme",
      mesure: "ecart provision cout",
      exercice: "2024",
    });
  });
  c.r.zone(
    c.ws,
    "2e/e4",
    `C${debut}:J${le}`,
    "E4 — Départs en retraite (années en lignes) et provisions",
  );
  return le + 2;
}
