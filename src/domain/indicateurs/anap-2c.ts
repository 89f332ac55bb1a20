import { ACTIVITE_ATYPIQUE, SOURCE_HELIOS } from "./seuils";
import type { DefinitionIndicateur, Seuil, Unite } from "./types";

/**
 * Famille `anap` : indicateurs du Tableau de bord de la performance, pré-remplis par l'ARS en 2-C
 * (indicateurs.md §2). Le complément les relit pour comparaison ; il ne les recalcule pas.
 * Reconnus par libellé normalisé (`motifs` : débuts de mots tous présents).
 */

export interface DefinitionAnap extends DefinitionIndicateur {
  readonly motifs: readonly (readonly string[])[];
}

function anap(
  nomCourt: string,
  libelle: string,
  unite: Unite,
  motifs: readonly (readonly string[])[],
  seuils: readonly Seuil[] = [],
): DefinitionAnap {
  return {
    id: `anap.${nomCourt}`,
    libelle,
    unite,
    granularite: "esms",
    onglet: "anap-2c",
    source: "2-C : ligne de l'ESMS, colonne de l'indicateur (valeur pré-remplie par l'ARS)",
    entrees: [{ cle: "valeur", libelle }],
    formule: "",
    formuleEnMots: "valeur relue dans le tableau de bord (campagne N-1, données N-2)",
    sens: "contexte",
    calculer: (e) => e.valeur ?? NaN,
    seuils,
    reference: "indicateurs.md §2 ; infobulles Hélios",
    motifs,
  };
}

const plus = (
  condition: string,
  seuil: number,
  message: string,
  source = SOURCE_HELIOS,
): Seuil => ({
  condition,
  si: (v) => v > seuil,
  gravite: "alerte",
  message,
  source,
});

/** Ordre = ordre d'essai (les plus précis d'abord). Déficiences et ETP par fonction : non relus. */
export const INDICATEURS_2C: readonly DefinitionAnap[] = [
  anap(
    "taux-realisation-actes",
    "Taux de réalisation de l'activité CAMSP / CMPP",
    "%",
    [
      ["realisation", "actes"],
      ["realisation", "seances"],
      ["realisation", "camsp"],
    ],
    [ACTIVITE_ATYPIQUE],
  ),
  anap(
    "taux-realisation-activite",
    "Taux de réalisation de l'activité",
    "%",
    [["realisation"]],
    [
      ACTIVITE_ATYPIQUE,
      {
        condition: "< 95 %",
        si: (v) => v < 0.95,
        gravite: "info",
        message: "activité en deçà de la cible fréquente du dialogue de gestion",
        source: "[INFÉRENCE]",
      },
    ],
  ),
  anap(
    "taux-occupation-global",
    "Taux d'occupation global",
    "%",
    [["occupation", "global"]],
    [ACTIVITE_ATYPIQUE],
  ),
  anap("taux-occupation", "Taux d'occupation", "%", [["occupation"]], [ACTIVITE_ATYPIQUE]),
  anap("file-active", "File active", "nombre", [["file active"]]),
  anap(
    "duree-moyenne-accompagnement",
    "Durée moyenne d'accompagnement des personnes sorties",
    "jours",
    [["duree moyenne"]],
  ),
  anap("journees-absence-moyennes", "Nombre moyen de journées d'absence", "jours", [
    ["journees d absence"],
  ]),
  anap("taux-derogation", "Personnes en dérogation ou hors autorisation", "%", [
    ["derogation"],
    ["hors autorisation"],
  ]),
  anap("taux-hospitalisation", "Taux d'hospitalisation complète", "%", [["hospitalisation"]]),
  anap("taux-rotation-places", "Taux de rotation des places", "%", [["rotation des places"]]),
  anap(
    "taux-rotation-personnel",
    "Taux de rotation des personnels",
    "%",
    [["rotation", "personnel"]],
    [plus("> 50 %", 0.5, "rotation du personnel atypique")],
  ),
  anap("taux-absenteisme", "Taux d'absentéisme (hors formation)", "%", [["absenteisme"]]),
  anap(
    "taux-etp-vacants",
    "Taux d'ETP vacants au 31/12",
    "%",
    [["vacant"]],
    [plus("> 20 %", 0.2, "vacance de postes atypique")],
  ),
  anap(
    "taux-prestations-externes",
    "Taux de prestations externes sur prestations directes",
    "%",
    [["prestations externes"]],
    [plus("> 20 %", 0.2, "recours atypique aux prestations externes")],
  ),
  anap("cdd-remplacement", "Nombre de CDD de remplacement", "nombre", [["cdd"]]),
  anap("taux-encadrement", "Taux d'encadrement", "ratio", [["encadrement"]]),
  anap(
    "taux-caf",
    "Taux de CAF",
    "%",
    [["caf"], ["capacite d autofinancement"]],
    [
      {
        condition: "< 2 %",
        si: (v) => v < 0.02,
        gravite: "alerte",
        message: "critère de déséquilibre",
        source: SOURCE_HELIOS,
      },
    ],
  ),
  anap(
    "taux-vetuste-constructions",
    "Taux de vétusté des constructions",
    "%",
    [["vetuste"]],
    [
      {
        condition: "hors [0 %, 80 %]",
        si: (v) => v < 0 || v > 0.8,
        gravite: "alerte",
        message: "valeur atypique",
        source: SOURCE_HELIOS,
      },
    ],
  ),
  anap(
    "taux-endettement",
    "Taux d'endettement",
    "%",
    [["endettement"]],
    [plus("> 50 %", 0.5, "endettement élevé", "Weka, analyse par les ratios [CONFIRMÉ]")],
  ),
  anap(
    "frng-jours",
    "FRNG en jours de charges courantes",
    "jours",
    [["fonds de roulement"], ["frng"]],
    [
      {
        condition: "< 0",
        si: (v) => v < 0,
        gravite: "alerte",
        message: "déséquilibre",
        source: "[CONNAISSANCE]",
      },
    ],
  ),
];

function debutDeMots(texte: string, motif: string): boolean {
  return ` ${texte}`.includes(` ${motif}`);
}

export function reconnaitre2C(libelleNormalise: string): DefinitionAnap | undefined {
  return INDICATEURS_2C.find((d) =>
    d.motifs.some((m) => m.every((x) => debutDeMots(libelleNormalise, x))),
  );
}
