import type { Champ, Ligne2E, Tableau2E } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { formaterNombre, formaterValeur } from "../indicateurs/format";
import { nombre } from "./esms";
import type { Controle, VueControle } from "./types";

/** Famille `financier` (suite) : sommes et cohérences internes des tableaux de 2-E. */

const O = ["financier-2e"] as const;
const AUTORITES = ["ars", "cd", "conjointe"];
const eur = (n: number) => formaterValeur(n, "€");
export const etp = (n: number) => formaterNombre(n, 2, false);

export function tableau(vue: VueControle, cle: string): Tableau2E | undefined {
  return vue.repere.financier2e?.tableaux[cle];
}
export const estTotal = (s: string) => /\btotal\b/.test(normaliserTexte(s));
export const estCumul = (s: string) => /\bcumul\b/.test(normaliserTexte(s));
export const estMontantE4 = (s: string) =>
  /\b(cout|provision|ecart|montant)\b/.test(normaliserTexte(s));

/** Somme des champs renseignés ; `null` si aucun n'est un nombre. */
export function somme(champs: readonly (Champ | undefined)[]): number | null {
  const n = champs.map(nombre).filter((x): x is number => x !== null);
  return n.length === 0 ? null : n.reduce((a, b) => a + b, 0);
}
const ecart = (a: number, b: number, tolerance: number) => Math.abs(a - b) > tolerance + 1e-9;

/** Colonne (ou ligne) de total d'un tableau ligne × colonne ; `null` si absente. */
function totalLigne(l: Ligne2E, colonnes: readonly string[]) {
  const colTotal = colonnes.find(estTotal);
  const total = colTotal ? l.valeurs[colTotal] : undefined;
  const detail = colonnes.filter((c) => !estTotal(c)).map((c) => l.valeurs[c]);
  return { total, detail };
}

/** Une ligne « dont … » détaille la ligne qui la précède : un total peut l'inclure ou non. */
const estDont = (l: Ligne2E) => /^dont\b/.test(normaliserTexte(l.libelle));

/**
 * Vérifie les sommes par ligne (colonne « Total ») et par colonne (chaque ligne de total : total
 * calculé, total déclaré…). Un total est juste s'il fait la somme du détail, lignes « dont »
 * comprises ou non.
 */
function sommesCroisees(
  t: Tableau2E,
  colonnes: readonly string[],
  tolerance: number,
  signaler: (total: Champ, t: number, s: number) => void,
): void {
  const lignes = t.lignes.filter((l) => !estTotal(l.cle) && !estTotal(l.libelle));
  for (const l of lignes) {
    const { total, detail } = totalLigne(l, colonnes);
    const s = somme(detail);
    const tv = nombre(total);
    if (total && tv !== null && s !== null && ecart(tv, s, tolerance)) signaler(total, tv, s);
  }
  const totaux = t.lignes.filter((l) => estTotal(l.cle) || estTotal(l.libelle));
  const sansDont = lignes.filter((l) => !estDont(l));
  for (const ligneTotal of totaux) {
    for (const c of colonnes) {
      const total = ligneTotal.valeurs[c];
      const tv = nombre(total);
      const s = somme(sansDont.map((l) => l.valeurs[c]));
      const avecDont = somme(lignes.map((l) => l.valeurs[c]));
      if (!total || tv === null || s === null) continue;
      if (ecart(tv, s, tolerance) && (avecDont === null || ecart(tv, avecDont, tolerance)))
        signaler(total, tv, s);
    }
  }
}

export const CONTROLES_FINANCIER_SOMMES: readonly Controle[] = [
  {
    meta: {
      id: "financier/resultats-somme",
      gravite: "erreur",
      onglets: [...O],
      description:
        "La somme des résultats par autorité de tarification fait le total de l'organisme.",
      messages: {
        somme:
          "2-E, {{exercice}} : la somme des résultats par autorité ({{somme}}) diffère du total ({{total}}).",
      },
      correction: "Corriger la ventilation par autorité de tarification.",
      pourquoi:
        "Les résultats sont discutés par autorité ; une ventilation fausse fausse la négociation.",
      source: "Guide ARS Pays de la Loire, tableau E1 [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const t = tableau(vue, "e1-resultats");
      const total = t?.lignes.find((l) => l.cle === "total");
      if (!t || !total) return;
      const autorites = t.lignes.filter((l) => AUTORITES.includes(l.cle));
      for (const ex of t.colonnes.filter((c) => !estCumul(c))) {
        const champ = total.valeurs[ex];
        const tv = nombre(champ);
        const s = somme(autorites.map((l) => l.valeurs[ex]));
        if (!champ || tv === null || s === null || !ecart(tv, s, 1)) continue;
        signaler({
          messageId: "somme",
          data: { exercice: ex, somme: eur(s), total: eur(tv) },
          a: champ.location,
        });
      }
    },
  },
  {
    meta: {
      id: "financier/cumul-incoherent",
      gravite: "erreur",
      onglets: [...O],
      description: "Le cumul sur 3 ans est la somme des trois exercices.",
      messages: {
        cumul:
          "2-E : le cumul {{ligne}} ({{cumul}}) ne correspond pas à la somme des exercices ({{somme}}).",
      },
      correction: "Rétablir la formule de cumul.",
      pourquoi: "Le cumul résume la situation de l'organisme ; faux, il trompe la lecture.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      const t = tableau(vue, "e1-resultats");
      const colCumul = t?.colonnes.find(estCumul);
      if (!t || !colCumul) return;
      for (const l of t.lignes) {
        const champ = l.valeurs[colCumul];
        const cv = nombre(champ);
        const s = somme(t.colonnes.filter((c) => !estCumul(c)).map((c) => l.valeurs[c]));
        if (!champ || cv === null || s === null || !ecart(cv, s, 1)) continue;
        signaler({
          messageId: "cumul",
          data: { ligne: `« ${l.libelle} »`, cumul: eur(cv), somme: eur(s) },
          a: champ.location,
        });
      }
    },
  },
  {
    meta: {
      id: "financier/reserves-somme",
      gravite: "erreur",
      onglets: [...O],
      description: "Dans le tableau des réserves, chaque total est la somme de son détail.",
      messages: {
        somme: "2-E : le total des réserves ({{total}}) diffère de la somme détaillée ({{somme}}).",
      },
      correction: "Corriger la ligne ou le total.",
      pourquoi: "Les réserves orientent l'affectation des résultats ; un total faux l'égare.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      const t = tableau(vue, "e2-reserves");
      if (!t) return;
      sommesCroisees(t, t.colonnes, 1, (champ, tv, s) =>
        signaler({
          messageId: "somme",
          data: { total: eur(tv), somme: eur(s) },
          a: champ.location,
        }),
      );
    },
  },
  {
    meta: {
      id: "financier/effectifs-somme",
      gravite: "erreur",
      onglets: [...O],
      description: "Les effectifs par catégorie professionnelle font les totaux indiqués.",
      messages: {
        somme:
          "2-E : les effectifs détaillés ({{somme}} ETP) ne font pas le total indiqué ({{total}} ETP).",
      },
      correction: "Corriger le détail ou le total.",
      pourquoi: "Les effectifs servent aux ratios d'encadrement ; un total faux les fausse.",
      source: "[INFÉRENCE] ; tolérance 0,01 ETP",
    },
    run(vue, signaler) {
      const t = tableau(vue, "e5-effectifs");
      if (!t) return;
      sommesCroisees(t, t.colonnes, 0.01, (champ, tv, s) =>
        signaler({
          messageId: "somme",
          data: { total: etp(tv), somme: etp(s) },
          a: champ.location,
        }),
      );
    },
  },
  {
    meta: {
      id: "financier/resultat-incoherent",
      gravite: "alerte",
      onglets: [...O],
      description: "Le résultat saisi (R1) égale produits (P1) moins charges (C1).",
      messages: {
        resultat: "2-E, {{exercice}} : produits − charges = {{calcul}}, résultat saisi {{saisi}}.",
      },
      correction: "Vérifier les totaux du compte de résultat.",
      pourquoi: "Identité comptable : un écart signale une erreur de saisie ou de périmètre.",
      source: "Identité comptable",
    },
    run(vue, signaler) {
      const t = tableau(vue, "e3-financier");
      const l = (cle: string) => t?.lignes.find((x) => x.cle.toUpperCase() === cle);
      const [r1, p1, c1] = [l("R1"), l("P1"), l("C1")];
      if (!t || !r1 || !p1 || !c1) return;
      for (const ex of vue.repere.financier2e?.exercices ?? []) {
        const [r, p, c] = [nombre(r1.valeurs[ex]), nombre(p1.valeurs[ex]), nombre(c1.valeurs[ex])];
        const champ = r1.valeurs[ex];
        if (!champ || r === null || p === null || c === null || !ecart(r, p - c, 1)) continue;
        signaler({
          messageId: "resultat",
          data: { exercice: ex, calcul: eur(p - c), saisi: eur(r) },
          a: champ.location,
        });
      }
    },
  },
  {
    meta: {
      id: "financier/tresorerie-incoherente",
      gravite: "alerte",
      onglets: [...O],
      description: "FRNG − BFR égale disponibilités − concours bancaires (à 1 000 € et 1 % près).",
      messages: {
        tresorerie:
          "2-E, {{exercice}} : la trésorerie calculée ({{calcul}}) diffère de celle du bilan ({{bilan}}).",
      },
      correction: "Vérifier le classement des postes du bilan financier.",
      pourquoi: "Identité du bilan financier : un écart signale un poste mal classé.",
      source: "Identité du bilan financier [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const res = vue.indicateurs();
      for (const calc of res.filter((r) => r.id === "fin.tresorerie" && r.valeur !== null)) {
        const ex = calc.perimetre.exercice;
        const bilan = res.find(
          (r) => r.id === "fin.tresorerie-bilan" && r.perimetre.exercice === ex,
        );
        if (!bilan || bilan.valeur === null || calc.valeur === null) continue;
        const d = Math.abs(calc.valeur - bilan.valeur);
        if (d <= 1000 || d <= 0.01 * Math.abs(bilan.valeur)) continue;
        const a = bilan.entrees.flatMap((e) => (e.location ? [e.location] : []));
        signaler({
          messageId: "tresorerie",
          data: { exercice: ex ?? "", calcul: eur(calc.valeur), bilan: eur(bilan.valeur) },
          a,
        });
      }
    },
  },
];
