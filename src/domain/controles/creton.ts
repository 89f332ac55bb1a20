import type { ModeAccueil } from "../classeur/modele";
import type { Location } from "../classeur/snapshot";
import { INDICATEURS_2F } from "../indicateurs/creton-2f";
import { formaterValeur } from "../indicateurs/format";
import { categorieEsms, nombre } from "./esms";
import { creton2D, lignesCreton, type LigneCretonLue } from "./creton-outils";
import { CRETON_TOTAL_INCOHERENT } from "./creton-totaux";
import { seuilParLigne } from "./seuil-ligne";
import type { Controle, Signaler, VueControle } from "./types";

/**
 * Famille `creton` : amendement Creton en 2-F (art. L242-4 CASF ; modèle §5.13). Les contrôles de
 * seuil (`superieur-capacite`, `taux-eleve`) sont générés depuis les seuils des indicateurs 2-F
 * (`Seuil.controle`, src/domain/indicateurs/creton-2f.ts), ligne à ligne (`seuilParLigne`).
 */

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
const lignes = (vue: VueControle) => lignesCreton(vue.repere);

/**
 * Mesure « Creton / capacité » d'une ligne : les Creton (tous, ou d'internat) rapportés à la
 * capacité de l'ESMS de même mode ; sans capacité positive, pas de mesure.
 */
function surCapacite(l: LigneCretonLue, creton: number | null, mode: "capacite" | "internat") {
  const capacite = l.esms ? nombre(l.esms.champs[mode]) : null;
  if (creton === null || capacite === null || capacite <= 0) return;
  const internat = mode === "internat";
  return {
    valeur: creton / capacite,
    entrees: { capacite },
    constat: () => ({
      data: { nom: l.nom, creton, capacite, mode: internat ? " d'internat" : "" },
      a: internat ? cellules(l, "internat") : cellules(l),
    }),
  };
}

/**
 * `creton/superieur-capacite` : seuil « > 100 % » de `creton.taux-capacite` et de
 * `creton.taux-capacite-internat` (creton-2f.ts), appliqué à chaque ligne — capacité totale
 * d'abord, internat ensuite, un constat par ligne. La capacité est celle de l'Annexe 1 de l'ESMS
 * de la ligne ; l'internat n'est mesuré que si sa capacité est positive (zéro :
 * `creton/internat-sans-capacite`).
 */
const SUPERIEUR_CAPACITE = seuilParLigne<LigneCretonLue>({
  id: "creton/superieur-capacite",
  definitions: INDICATEURS_2F,
  onglets: O,
  lignes,
  /**
   * Capacité totale nulle (pas de taux : l'indicateur est sans valeur) ou négative (le taux ne dit
   * plus « Creton > capacité ») : le seuil ne voit rien, mais des Creton au-delà de cette capacité
   * restent impossibles (comparaison directe, écrite à la main).
   */
  horsSeuil: (l) => {
    const capacite = l.esms ? nombre(l.esms.champs.capacite) : null;
    if (l.total === null || capacite === null || capacite > 0 || l.total <= capacite) return;
    return { data: { nom: l.nom, creton: l.total, capacite, mode: "" }, a: cellules(l) };
  },
  mesures: {
    "creton.taux-capacite": (l) => surCapacite(l, l.total, "capacite"),
    "creton.taux-capacite-internat": (l) => surCapacite(l, l.internat, "internat"),
  },
});

/**
 * `creton/taux-eleve` : seuil « > 10 % » de `creton.taux-effectif` (creton-2f.ts), appliqué à
 * chaque ligne, sur l'effectif de la colonne Creton de 2-D de l'ESMS (`creton2D`). Hors du
 * contrôle : plus de Creton que de personnes accompagnées (`creton/superieur-effectif`).
 */
const TAUX_ELEVE = seuilParLigne<LigneCretonLue>({
  id: "creton/taux-eleve",
  definitions: INDICATEURS_2F,
  onglets: ["creton-2f", "complementaires-2d"],
  lignes,
  mesures: {
    "creton.taux-effectif": (l, vue) => {
      const d = l.esms && creton2D(vue.repere, l.esms);
      const total = l.total;
      if (!d || !d.effectif || total === null || total > d.effectif) return;
      const valeur = total / d.effectif;
      return {
        valeur,
        entrees: { effectif: d.effectif },
        constat: () => ({
          data: { nom: l.nom, valeur: formaterValeur(valeur, "%") },
          a: cellules(l),
        }),
      };
    },
  },
});

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
  SUPERIEUR_CAPACITE,
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
  TAUX_ELEVE,
];
