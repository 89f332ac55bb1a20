import type { Champ, Ligne2E, Tableau2E } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { nombre } from "./esms";
import { estMontantE4, estTotal, etp, somme, tableau } from "./financier-sommes";
import type { Controle } from "./types";

/** Famille `financier` (suite) : départs en retraite (E4) rapprochés des effectifs (E5). */

const O = ["financier-2e"] as const;

const departs = (t: Tableau2E) => t.colonnes.filter((c) => !estTotal(c) && !estMontantE4(c));
const colonne = (t: Tableau2E, motif: RegExp) =>
  t.colonnes.find((c) => motif.test(normaliserTexte(c)));

function departsDe(t: Tableau2E, l: Ligne2E): { n: number | null; champ?: Champ } {
  const colTotal = t.colonnes.find(estTotal);
  const champ = colTotal ? l.valeurs[colTotal] : undefined;
  const n = nombre(champ) ?? somme(departs(t).map((c) => l.valeurs[c]));
  return { n, ...(champ ? { champ } : {}) };
}

export const CONTROLES_FINANCIER_RETRAITES: readonly Controle[] = [
  {
    meta: {
      id: "financier/retraites-superieures",
      gravite: "erreur",
      onglets: [...O],
      description: "Les départs prévus d'une catégorie ne dépassent pas son effectif.",
      messages: { departs: "2-E : {{n}} départs prévus pour {{effectif}} {{categorie}}." },
      correction: "Corriger le nombre de départs.",
      pourquoi: "On ne peut pas prévoir plus de départs que de salariés dans la catégorie.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      const e4 = tableau(vue, "e4-retraites");
      const e5 = tableau(vue, "e5-effectifs");
      const colTotal5 = e5?.colonnes.find(estTotal);
      if (!e4 || !e5 || !colTotal5) return;
      for (const l of e4.lignes.filter((x) => !estTotal(x.cle))) {
        const eff = e5.lignes.find((x) => x.cle === l.cle)?.valeurs[colTotal5];
        const effectif = nombre(eff);
        const { n, champ } = departsDe(e4, l);
        if (n === null || effectif === null || n <= effectif) continue;
        const a =
          champ?.location ??
          departs(e4)
            .map((c) => l.valeurs[c]?.location)
            .find((x) => !!x);
        if (a)
          signaler({
            messageId: "departs",
            data: { n, effectif: etp(effectif), categorie: l.libelle },
            a,
          });
      }
    },
  },
  {
    meta: {
      id: "financier/retraites-sans-provision",
      gravite: "alerte",
      onglets: [...O],
      description: "Des départs en retraite prévus s'accompagnent d'une provision constituée.",
      messages: { provision: "2-E : {{n}} départs en retraite prévus sans provision constituée." },
      correction: "Indiquer la provision ou expliquer le mode de financement.",
      pourquoi: "Les indemnités de départ non provisionnées sont des « dettes issues du passé ».",
      source: "URIOPSS Centre, « Redynamisons les CPOM… », mai 2022 [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const t = tableau(vue, "e4-retraites");
      const colProvision = t && colonne(t, /\bprovision/);
      if (!t || !colProvision) return;
      for (const l of t.lignes.filter((x) => !estTotal(x.cle))) {
        const prov = l.valeurs[colProvision];
        const { n } = departsDe(t, l);
        if (!prov || n === null || n <= 0 || (nombre(prov) ?? 0) > 0) continue;
        signaler({ messageId: "provision", data: { n }, a: prov.location });
      }
    },
  },
  {
    meta: {
      id: "financier/exercices",
      gravite: "erreur",
      onglets: [...O],
      description: "Les trois colonnes d'exercices sont trois années consécutives.",
      messages: {
        exercices: "2-E : les exercices {{annees}} ne sont pas les trois derniers exercices clos.",
      },
      correction: "Présenter N-3, N-2 et N-1.",
      pourquoi: "Le diagnostic porte sur les 3 années précédant la négociation.",
      source: "Guide ARS Pays de la Loire [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const e = vue.repere.financier2e;
      if (!e || e.exercices.length === 0) return;
      const annees = e.exercices.map((x) => /\b(19|20)\d{2}\b/.exec(x)?.[0]).map(Number);
      if (annees.some((a) => !a)) return;
      const suite =
        annees.length === 3 && annees.every((a, i) => i === 0 || a === (annees[i - 1] ?? 0) + 1);
      if (!suite)
        signaler({ messageId: "exercices", data: { annees: e.exercices.join(", ") }, a: [] });
    },
  },
];
