import { SOURCE_HELIOS } from "./seuils";
import {
  ACTIVITE_ATYPIQUE_2C,
  anap,
  HELIOS_ATYPIQUE,
  plus,
  type DefinitionAnap,
} from "./anap-2c-declaration";

/**
 * Famille `anap` : indicateurs du Tableau de bord de la performance, pré-remplis par l'ARS en 2-C
 * (indicateurs.md §2). Le complément les relit pour comparaison ; il ne les recalcule pas.
 * Reconnus par libellé normalisé (`motifs` : débuts de mots tous présents).
 * Les seuils qui donnent un contrôle `anap/*` le portent (`Seuil.controle`) : controles/anap.ts
 * en est généré (même condition, même gravité).
 */

export type { DefinitionAnap } from "./anap-2c-declaration";

/** Ordre = ordre d'essai (les plus précis d'abord). Déficiences et ETP par fonction : non relus. */
export const INDICATEURS_2C: readonly DefinitionAnap[] = [
  anap({
    nom: "taux-realisation-actes",
    libelle: "Taux de réalisation de l'activité CAMSP / CMPP",
    unite: "%",
    motifs: [
      ["realisation", "actes"],
      ["realisation", "seances"],
      ["realisation", "camsp"],
    ],
    seuils: [ACTIVITE_ATYPIQUE_2C],
  }),
  anap({
    nom: "taux-realisation-activite",
    libelle: "Taux de réalisation de l'activité",
    unite: "%",
    motifs: [["realisation"]],
    seuils: [
      ACTIVITE_ATYPIQUE_2C,
      {
        condition: "< 95 %",
        si: (v) => v < 0.95,
        gravite: "info",
        message: "activité en deçà de la cible fréquente du dialogue de gestion",
        source: "[INFÉRENCE]",
        controle: {
          id: "anap/activite-faible",
          message: "{{nom}} : taux de réalisation de {{valeur}}.",
          description: "Taux de réalisation de l'activité sous 95 %.",
          correction:
            "Expliquer la sous-activité dans l'axe 3 (thématique pilotage de l'activité).",
          pourquoi: "Une sous-activité durable est discutée dans le dialogue de gestion.",
        },
      },
    ],
  }),
  anap({
    nom: "taux-occupation-global",
    libelle: "Taux d'occupation global",
    unite: "%",
    motifs: [["occupation", "global"]],
    seuils: [ACTIVITE_ATYPIQUE_2C],
  }),
  anap({
    nom: "taux-occupation",
    libelle: "Taux d'occupation",
    unite: "%",
    motifs: [["occupation"]],
    seuils: [ACTIVITE_ATYPIQUE_2C],
  }),
  anap({ nom: "file-active", libelle: "File active", unite: "nombre", motifs: [["file active"]] }),
  anap({
    nom: "duree-moyenne-accompagnement",
    libelle: "Durée moyenne d'accompagnement des personnes sorties",
    unite: "jours",
    motifs: [["duree moyenne"]],
  }),
  anap({
    nom: "journees-absence-moyennes",
    libelle: "Nombre moyen de journées d'absence",
    unite: "jours",
    motifs: [["journees d absence"]],
  }),
  anap({
    nom: "taux-derogation",
    libelle: "Personnes en dérogation ou hors autorisation",
    unite: "%",
    motifs: [["derogation"], ["hors autorisation"]],
  }),
  anap({
    nom: "taux-hospitalisation",
    libelle: "Taux d'hospitalisation complète",
    unite: "%",
    motifs: [["hospitalisation"]],
  }),
  anap({
    nom: "taux-rotation-places",
    libelle: "Taux de rotation des places",
    unite: "%",
    motifs: [["rotation des places"]],
  }),
  anap({
    nom: "taux-rotation-personnel",
    libelle: "Taux de rotation des personnels",
    unite: "%",
    motifs: [["rotation", "personnel"]],
    seuils: [
      plus({
        condition: "> 50 %",
        borne: 0.5,
        message: "rotation du personnel atypique",
        controle: {
          id: "anap/rotation-atypique",
          message: "{{nom}} : rotation du personnel de {{valeur}}, au-delà de 50 %.",
          description: "Taux de rotation du personnel au plus de 50 %.",
          correction: "Vérifier la donnée ; décrire la GPEC en axe 3.",
          pourquoi: "Une rotation au-delà de 50 % fragilise la continuité de l'accompagnement.",
          source: HELIOS_ATYPIQUE,
        },
      }),
    ],
  }),
  anap({
    nom: "taux-absenteisme",
    libelle: "Taux d'absentéisme (hors formation)",
    unite: "%",
    motifs: [["absenteisme"]],
  }),
  anap({
    nom: "taux-etp-vacants",
    libelle: "Taux d'ETP vacants au 31/12",
    unite: "%",
    motifs: [["vacant"]],
    seuils: [
      plus({
        condition: "> 20 %",
        borne: 0.2,
        message: "vacance de postes atypique",
        controle: {
          id: "anap/etp-vacants-atypique",
          message: "{{nom}} : {{valeur}} des ETP vacants au 31/12.",
          description: "Taux d'ETP vacants au plus de 20 %.",
          correction: "Vérifier ; décrire le plan de recrutement en axe 3.",
          pourquoi:
            "Plus d'un poste sur cinq vacant : tension de recrutement à traiter dans le CPOM.",
          source: HELIOS_ATYPIQUE,
        },
      }),
    ],
  }),
  anap({
    nom: "taux-prestations-externes",
    libelle: "Taux de prestations externes sur prestations directes",
    unite: "%",
    motifs: [["prestations externes"]],
    seuils: [
      plus({
        condition: "> 20 %",
        borne: 0.2,
        message: "recours atypique aux prestations externes",
        controle: {
          id: "anap/prestations-externes-atypique",
          message: "{{nom}} : prestations externes de {{valeur}} des dépenses de personnel.",
          description: "Taux de prestations externes au plus de 20 %.",
          correction: "Vérifier ; expliquer le recours à l'intérim ou aux libéraux.",
          pourquoi: "Un recours massif aux prestations externes signale des postes non pourvus.",
          source: HELIOS_ATYPIQUE,
        },
      }),
    ],
  }),
  anap({
    nom: "cdd-remplacement",
    libelle: "Nombre de CDD de remplacement",
    unite: "nombre",
    motifs: [["cdd"]],
  }),
  anap({
    nom: "taux-encadrement",
    libelle: "Taux d'encadrement",
    unite: "ratio",
    motifs: [["encadrement"]],
  }),
  anap({
    nom: "taux-caf",
    libelle: "Taux de CAF",
    unite: "%",
    motifs: [["caf"], ["capacite d autofinancement"]],
    seuils: [
      {
        condition: "< 2 %",
        si: (v) => v < 0.02,
        gravite: "alerte",
        message: "critère de déséquilibre",
        source: SOURCE_HELIOS,
        controle: {
          id: "anap/caf-faible",
          message: "{{nom}} : taux de CAF de {{valeur}}, sous 2 %.",
          description: "Taux de CAF de l'ESMS d'au moins 2 %.",
          correction: "Expliquer la situation financière en 2-E.",
          pourquoi: "Sous 2 %, l'ESMS dégage trop peu de ressources pour investir ou rembourser.",
          source: HELIOS_ATYPIQUE,
        },
      },
    ],
  }),
  anap({
    nom: "taux-vetuste-constructions",
    libelle: "Taux de vétusté des constructions",
    unite: "%",
    motifs: [["vetuste"]],
    seuils: [
      {
        condition: "hors [0 %, 80 %]",
        si: (v) => v < 0 || v > 0.8,
        gravite: "alerte",
        message: "valeur atypique",
        source: SOURCE_HELIOS,
        controle: {
          id: "anap/vetuste-hors-plage",
          message: "{{nom}} : vétusté des constructions de {{valeur}}.",
          description: "Taux de vétusté des constructions entre 0 % et 80 %.",
          correction: "Vérifier ; relier au plan pluriannuel d'investissement (axe 3).",
          pourquoi:
            "Au-delà de 80 %, le bâti est presque entièrement amorti : besoin de réinvestir.",
          source: HELIOS_ATYPIQUE,
        },
      },
    ],
  }),
  anap({
    nom: "taux-endettement",
    libelle: "Taux d'endettement",
    unite: "%",
    motifs: [["endettement"]],
    seuils: [
      plus({
        condition: "> 50 %",
        borne: 0.5,
        message: "endettement élevé",
        source: "Weka, analyse par les ratios [CONFIRMÉ]",
      }),
    ],
  }),
  anap({
    nom: "frng-jours",
    libelle: "FRNG en jours de charges courantes",
    unite: "jours",
    motifs: [["fonds de roulement"], ["frng"]],
    seuils: [
      {
        condition: "< 0",
        si: (v) => v < 0,
        gravite: "alerte",
        message: "déséquilibre",
        source: "[CONNAISSANCE]",
      },
    ],
  }),
];

function debutDeMots(texte: string, motif: string): boolean {
  return ` ${texte}`.includes(` ${motif}`);
}

export function reconnaitre2C(libelleNormalise: string): DefinitionAnap | undefined {
  return INDICATEURS_2C.find((d) =>
    d.motifs.some((m) => m.every((x) => debutDeMots(libelleNormalise, x))),
  );
}
