import type { Hasard } from "../verite";

/**
 * Contenu d'un onglet 2-E aléatoire (classeur-diagnostic.md §5.12), indépendant de sa mise en page :
 * six tableaux, chacun une matrice (lignes du modèle × colonnes) de saisies et de formules. Les
 * formules sont écrites par référence (`ref(ligne, colonne)`), l'adresse ne se décide qu'à l'écriture.
 */

export type Ref = (ligne: string, colonne: string) => string;

export interface Cellule2E {
  /** Saisie (bleue) : la valeur ; calcul : la formule et son résultat. */
  readonly saisie?: number;
  readonly formule?: (ref: Ref) => string;
  readonly resultat?: number;
}

export interface Ligne {
  readonly cle: string;
  readonly libelle: string;
  /** Ligne libre (clé non prévue par le modèle) : pas de vérité sur sa clé. */
  readonly libre?: boolean;
}

export interface Colonne {
  /** Clé attendue du lecteur (en-tête normalisé, exercice ramené à l'année). */
  readonly cle: string;
  readonly libelle: string;
}

export interface Tableau2EAleatoire {
  readonly cle: string;
  readonly titre: string;
  readonly lignes: readonly Ligne[];
  readonly colonnes: readonly Colonne[];
  readonly cellules: Readonly<Record<string, Cellule2E>>;
}

export interface Options2E {
  readonly prefixeExercice: boolean;
  readonly ratios: boolean;
  readonly totalTape: boolean;
  readonly totalDeclare: boolean;
  readonly semer: boolean;
}

export const EXERCICES = ["2022", "2023", "2024"];
export const k = (l: string, c: string) => `${l}|${c}`;
const somme = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const arrondi = (x: number) => Math.round(x * 100) / 100;

/** Les incohérences semées : contrôle attendu et cellule (ligne, colonne, tableau). */
export interface Semee {
  readonly controle: string;
  readonly tableau: string;
  readonly ligne: string;
  readonly colonne: string;
}

export interface Contenu2E {
  readonly tableaux: readonly Tableau2EAleatoire[];
  readonly semees: readonly Semee[];
  /** Valeurs attendues d'indicateurs : id|exercice → valeur. */
  readonly attendus: Readonly<Record<string, number>>;
}

const exercices = (o: Options2E): Colonne[] =>
  EXERCICES.map((e) => ({ cle: e, libelle: o.prefixeExercice ? `Exercice ${e}` : e }));

function e1(h: Hasard, o: Options2E, semees: Semee[], att: Record<string, number>) {
  const aut = [
    ["ars", "ESMS relevant de l'ARS seule"],
    ["cd", "ESMS relevant du Département seul"],
    ["conjointe", "ESMS à compétence conjointe ARS / Département"],
  ] as const;
  const cols = [...exercices(o), { cle: "cumul 3 ans", libelle: "Cumul 3 ans" }];
  const c: Record<string, Cellule2E> = {};
  const v: Record<string, number[]> = {};
  for (const [cle] of aut) v[cle] = EXERCICES.map(() => h.entier(-60, 120) * 1000);
  EXERCICES.forEach((ex, i) => {
    for (const [cle] of aut) c[k(cle, ex)] = { saisie: v[cle]![i]! };
    const t = somme(aut.map(([cle]) => v[cle]![i]!));
    att[`fin.resultat-total|${ex}`] = t;
    const faux = o.semer && o.totalTape && i === 1;
    c[k("total", ex)] = o.totalTape
      ? { saisie: faux ? t + 5000 : t }
      : { formule: (r) => `SUM(${aut.map(([x]) => r(x, ex)).join(",")})`, resultat: t };
    if (faux)
      semees.push({
        controle: "financier/resultats-somme",
        tableau: "e1-resultats",
        ligne: "total",
        colonne: ex,
      });
    c[k("base-budgetaire", ex)] = { saisie: h.entier(200, 260) * 100_000 };
  });
  for (const [cle] of aut) {
    c[k(cle, "cumul 3 ans")] = {
      formule: (r) => `SUM(${EXERCICES.map((ex) => r(cle, ex)).join(",")})`,
      resultat: somme(v[cle]!),
    };
  }
  const lignes: Ligne[] = [
    ...aut.map(([cle, libelle]) => ({ cle, libelle })),
    { cle: "total", libelle: "Total organisme" },
    { cle: "base-budgetaire", libelle: "Base budgétaire des ESMS" },
  ];
  return {
    cle: "e1-resultats",
    titre: "Tableau E1 — Résultats par autorité de tarification",
    lignes,
    colonnes: cols,
    cellules: c,
  };
}

function e2(h: Hasard) {
  const lignes: Ligne[] = [
    { cle: "excedents-investissement", libelle: "Excédents affectés à l'investissement" },
    { cle: "reserve-compensation-deficits", libelle: "Réserve de compensation des déficits" },
    { cle: "reserve-tresorerie", libelle: "Réserve de trésorerie" },
    { cle: "provisions-risques", libelle: "Provisions pour risques et charges" },
    { cle: "fonds-dedies", libelle: "Fonds dédiés" },
  ];
  const aut = ["ars", "departement", "conjointe"];
  const colonnes: Colonne[] = [
    { cle: "ars", libelle: "ARS" },
    { cle: "departement", libelle: "Département" },
    { cle: "conjointe", libelle: "Conjointe" },
    { cle: "total", libelle: "Total" },
  ];
  const c: Record<string, Cellule2E> = {};
  const v: Record<string, number> = {};
  for (const l of lignes) {
    for (const a of aut) c[k(l.cle, a)] = { saisie: (v[k(l.cle, a)] = h.entier(0, 300) * 100) };
    c[k(l.cle, "total")] = {
      formule: (r) => `SUM(${aut.map((a) => r(l.cle, a)).join(",")})`,
      resultat: somme(aut.map((a) => v[k(l.cle, a)]!)),
    };
  }
  for (const a of [...aut, "total"]) {
    c[k("total", a)] = {
      formule: (r) => `SUM(${lignes.map((l) => r(l.cle, a)).join(",")})`,
      resultat: somme(
        lignes.flatMap((l) => (a === "total" ? aut : [a]).map((x) => v[k(l.cle, x)]!)),
      ),
    };
  }
  return {
    cle: "e2-reserves",
    titre: "Tableau E2 — Réserves et provisions au 31/12/2024",
    lignes: [...lignes, { cle: "total", libelle: "Total" }],
    colonnes,
    cellules: c,
  };
}

export { e1, e2, arrondi, somme };
