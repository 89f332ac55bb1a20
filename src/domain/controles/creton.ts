import type { ModeAccueil } from "../classeur/modele";
import type { Location } from "../classeur/snapshot";
import { formaterValeur } from "../indicateurs/format";
import { categorieEsms, nombre } from "./esms";
import { creton2D, lignesCreton, type LigneCretonLue } from "./creton-outils";
import { CRETON_TOTAL_INCOHERENT } from "./creton-totaux";
import type { Controle, Signaler, VueControle } from "./types";

/** Famille `creton` : amendement Creton en 2-F (art. L242-4 CASF ; modèle §5.13). */

const O = ["creton-2f", "annexe-1"] as const;
const LOI = "Art. L242-4 CASF [CONFIRMÉ]";

/** Cellules renseignées (> 0) de la ligne, d'un mode si donné, précédées de leur total lu. */
const cellules = (l: LigneCretonLue, mode?: ModeAccueil): Location[] => {
  const valeurs = l.ligne.valeurs.filter((v) => !mode || v.mode === mode);
  const saisies = valeurs.filter((v) => (nombre(v.champ) ?? 0) > 0).map((v) => v.champ.location);
  const total = mode ? l.ligne.totauxModes?.[mode] : l.ligne.total;
  return [
    ...(total ? [total.location] : []),
    ...(saisies.length > 0 ? saisies : valeurs.map((v) => v.champ.location).slice(0, 1)),
  ];
};
function parLigne(vue: VueControle, s: Signaler, f: (l: LigneCretonLue, s: Signaler) => void) {
  for (const l of lignesCreton(vue.repere)) f(l, s);
}

export const CONTROLES_CRETON: readonly Controle[] = [
  {
    meta: {
      id: "creton/esms-adulte",
      gravite: "erreur",
      onglets: [...O],
      description: "L'amendement Creton ne concerne que des établissements pour enfants.",
      messages: {
        adulte:
          "2-F : {{nom}} est un ESMS pour adultes ; l'amendement Creton concerne les établissements pour enfants.",
      },
      correction: "Retirer la ligne ou corriger l'établissement.",
      pourquoi:
        "Le maintien au titre de l'amendement Creton se fait dans un établissement pour enfants.",
      source: LOI,
    },
    run: (vue, signaler) =>
      parLigne(vue, signaler, (l, s) => {
        if (!l.esms || (l.total ?? 0) <= 0) return;
        const cat = categorieEsms(l.esms);
        if (cat?.secteur === "adultes" || (!cat && l.esms.secteur === "adultes")) {
          s({ messageId: "adulte", data: { nom: l.nom }, a: cellules(l) });
        }
      }),
  },
  {
    meta: {
      id: "creton/service",
      gravite: "alerte",
      onglets: [...O],
      description:
        "Un maintien Creton dans un service enfance (SESSAD, CAMSP, CMPP) est inhabituel.",
      messages: { service: "2-F : {{nom}} est un service ; un maintien Creton y est inhabituel." },
      correction: "Vérifier l'établissement concerné.",
      pourquoi: "Les jeunes adultes maintenus le sont d'ordinaire en IME, ITEP, EEAP ou IEM.",
      source: "referentiels.md §1 [INFÉRENCE]",
    },
    run: (vue, signaler) =>
      parLigne(vue, signaler, (l, s) => {
        const cat = l.esms && categorieEsms(l.esms);
        if (cat?.service && cat.secteur === "enfance" && (l.total ?? 0) > 0) {
          s({ messageId: "service", data: { nom: l.nom }, a: cellules(l) });
        }
      }),
  },
  {
    meta: {
      id: "creton/superieur-capacite",
      gravite: "erreur",
      onglets: [...O],
      description:
        "Les Creton d'un établissement ne dépassent pas sa capacité (totale, et en internat).",
      messages: {
        capacite:
          "2-F : {{nom}} compte {{creton}} personnes en amendement Creton pour {{capacite}} places{{mode}}.",
      },
      correction: "Corriger le nombre ou la capacité de l'Annexe 1.",
      pourquoi: "Plus de jeunes adultes maintenus que de places est impossible.",
      source: "[INFÉRENCE]",
    },
    run: (vue, signaler) =>
      parLigne(vue, signaler, (l, s) => {
        if (!l.esms) return;
        const capacite = nombre(l.esms.champs.capacite);
        const internat = nombre(l.esms.champs.internat);
        if (l.total !== null && capacite !== null && l.total > capacite) {
          s({
            messageId: "capacite",
            data: { nom: l.nom, creton: l.total, capacite, mode: "" },
            a: cellules(l),
          });
        } else if (
          l.internat !== null &&
          internat !== null &&
          internat > 0 &&
          l.internat > internat
        ) {
          s({
            messageId: "capacite",
            data: { nom: l.nom, creton: l.internat, capacite: internat, mode: " d'internat" },
            a: cellules(l, "internat"),
          });
        }
      }),
  },
  {
    meta: {
      id: "creton/internat-sans-capacite",
      gravite: "alerte",
      onglets: [...O],
      description: "Des Creton en internat supposent une capacité d'internat à l'Annexe 1.",
      messages: {
        internat:
          "2-F : {{nom}} n'a pas d'internat à l'Annexe 1 mais compte {{n}} Creton en internat.",
      },
      correction: "Vérifier le mode d'accueil ou l'Annexe 1.",
      pourquoi:
        "Le mode d'accueil déclaré en 2-F doit exister dans l'autorisation de l'établissement.",
      source: "[INFÉRENCE]",
    },
    run: (vue, signaler) =>
      parLigne(vue, signaler, (l, s) => {
        const champ = l.esms?.champs.internat;
        if (!champ || nombre(champ) !== 0 || l.internat === null || l.internat <= 0) return;
        s({ messageId: "internat", data: { nom: l.nom, n: l.internat }, a: cellules(l) });
      }),
  },
  CRETON_TOTAL_INCOHERENT,
  {
    meta: {
      id: "creton/superieur-effectif",
      gravite: "erreur",
      onglets: ["creton-2f", "complementaires-2d"],
      description:
        "Les Creton d'un établissement ne dépassent pas ses personnes accompagnées (2-D).",
      messages: {
        effectif:
          "2-F : {{nom}} compte plus de Creton ({{creton}}) que de personnes accompagnées ({{effectif}}).",
      },
      correction: "Corriger l'une des deux valeurs.",
      pourquoi: "Les jeunes adultes maintenus font partie des personnes accompagnées.",
      source: "[INFÉRENCE]",
    },
    run: (vue, signaler) =>
      parLigne(vue, signaler, (l, s) => {
        const d = l.esms && creton2D(vue.repere, l.esms);
        if (!d || d.effectif === null || l.total === null || l.total <= d.effectif) return;
        s({
          messageId: "effectif",
          data: { nom: l.nom, creton: l.total, effectif: d.effectif },
          a: cellules(l),
        });
      }),
  },
  {
    meta: {
      id: "creton/taux-eleve",
      gravite: "info",
      onglets: ["creton-2f", "complementaires-2d"],
      description: "Part des jeunes adultes en amendement Creton dans l'effectif (repère : 10 %).",
      messages: {
        taux: "2-F : les jeunes adultes en amendement Creton représentent {{valeur}} de l'effectif de {{nom}}.",
      },
      correction:
        "Pour mémoire : situation d'inadéquation à traiter dans l'objectif « inadéquations ».",
      pourquoi:
        "Repères DREES : 7 % en IME, 13 % en EEAP ; au-delà de 10 %, l'inadéquation est notable.",
      source: "DREES [CONFIRMÉ] ; seuil [INFÉRENCE]",
    },
    run: (vue, signaler) =>
      parLigne(vue, signaler, (l, s) => {
        const d = l.esms && creton2D(vue.repere, l.esms);
        if (
          !d ||
          !d.effectif ||
          l.total === null ||
          l.total > d.effectif ||
          l.total / d.effectif <= 0.1
        )
          return;
        s({
          messageId: "taux",
          data: { nom: l.nom, valeur: formaterValeur(l.total / d.effectif, "%") },
          a: cellules(l),
        });
      }),
  },
];
