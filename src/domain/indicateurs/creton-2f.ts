import { ratio, somme } from "./calcul";
import type { DefinitionIndicateur, Entrees, Granularite, Seuil, Unite } from "./types";

/**
 * Famille `creton` : onglet 2-F (indicateurs.md §6). Clés des entrées : `<row>:<mode>.<orientation>`
 * pour une cellule de Creton, `capacite` (Annexe 1) ou `effectif` (2-D) pour un dénominateur.
 * Les seuils qui donnent un contrôle `creton/*` le portent (`Seuil.controle`) : controles/creton.ts
 * les applique à chaque ligne de 2-F (`seuilParLigne`, controles/seuil-ligne.ts).
 */

const REFERENCE = "indicateurs.md §6 ; classeur-diagnostic.md §5.13";
const DENOMINATEURS = new Set(["capacite", "effectif"]);

/** Somme des cellules de Creton (hors dénominateurs), dans l'ordre des entrées, comme SOMME. */
function totalCreton(e: Entrees): number {
  let total = 0;
  for (const cle in e) if (!DENOMINATEURS.has(cle)) total += e[cle] as number;
  return total;
}

/** Déclaration d'un indicateur 2-F (un agrégat), par champs nommés. */
interface DeclarationCreton {
  /** Nom court : l'id est `creton.<nom>`. */
  readonly nom: string;
  readonly libelle: string;
  /** `%` : sens « baisse » ; sinon « contexte ». */
  readonly unite: Unite;
  readonly granularite: Granularite;
  readonly source: string;
  readonly formule: string;
  readonly formuleEnMots: string;
  readonly calculer: DefinitionIndicateur["calculer"];
  readonly seuils?: readonly Seuil[];
}

function creton(d: DeclarationCreton): DefinitionIndicateur {
  const { nom, libelle, unite, granularite, source, formule, formuleEnMots, calculer } = d;
  return {
    id: `creton.${nom}`,
    libelle,
    unite,
    granularite,
    onglet: "creton-2f",
    source,
    entrees: [],
    agregat: true,
    formule,
    formuleEnMots,
    sens: unite === "%" ? "baisse" : "contexte",
    calculer,
    seuils: d.seuils ?? [],
    reference: REFERENCE,
  };
}

/**
 * Un seul objet sur la capacité totale et sur celle d'internat : un seul contrôle
 * `creton/superieur-capacite`, qui lit les deux taux (la capacité totale d'abord).
 */
const CAPACITE_DEPASSEE: Seuil = {
  condition: "> 100 %",
  si: (v) => v > 1,
  gravite: "erreur",
  message: "plus de personnes en amendement Creton que de places : impossible",
  source: "indicateurs.md §6 [INFÉRENCE]",
  controle: {
    id: "creton/superieur-capacite",
    cleMessage: "capacite",
    message:
      "2-F : {{nom}} compte {{creton}} personnes en amendement Creton pour {{capacite}} places{{mode}}.",
    description:
      "Les Creton d'un établissement ne dépassent pas sa capacité (totale, et en internat).",
    correction: "Corriger le nombre ou la capacité de l'Annexe 1.",
    pourquoi: "Plus de jeunes adultes maintenus que de places est impossible.",
    source: "[INFÉRENCE]",
  },
};

export const INDICATEURS_2F: readonly DefinitionIndicateur[] = [
  creton({
    nom: "total-esms",
    libelle: "Personnes en amendement Creton, total de l'établissement",
    unite: "nombre",
    granularite: "esms",
    source:
      "2-F : ligne de l'établissement, toutes colonnes mode × orientation ; résultat en colonne « Total »",
    formule: "=SUM({*})",
    formuleEnMots: "somme des modes d'accueil et des orientations",
    calculer: totalCreton,
  }),
  creton({
    nom: "total-colonne",
    libelle: "Personnes en amendement Creton, par mode et orientation",
    unite: "nombre",
    granularite: "organisme",
    source: "2-F : une colonne mode × orientation, toutes les lignes ; résultat en ligne « Total »",
    formule: "=SUM({*})",
    formuleEnMots: "somme des établissements",
    calculer: totalCreton,
  }),
  creton({
    nom: "total-mode",
    libelle: "Personnes en amendement Creton, par mode d'accueil",
    unite: "nombre",
    granularite: "organisme",
    source: "2-F : colonnes d'un mode d'accueil, toutes les lignes",
    formule: "=SUM({*})",
    formuleEnMots: "somme des établissements et des orientations",
    calculer: totalCreton,
  }),
  creton({
    nom: "total-orientation",
    libelle: "Personnes en amendement Creton, par orientation",
    unite: "nombre",
    granularite: "organisme",
    source: "2-F : colonnes d'une orientation, toutes les lignes",
    formule: "=SUM({*})",
    formuleEnMots: "somme des établissements et des modes d'accueil",
    calculer: totalCreton,
  }),
  creton({
    nom: "total",
    libelle: "Personnes en amendement Creton, total de l'organisme",
    unite: "nombre",
    granularite: "organisme",
    source: "2-F : toutes les cellules ; résultat dans la colonne « Total » de la ligne « Total »",
    formule: "=SUM({*})",
    formuleEnMots: "somme de tous les établissements, modes et orientations",
    calculer: totalCreton,
  }),
  creton({
    nom: "taux-capacite",
    libelle: "Part des Creton dans la capacité autorisée",
    unite: "%",
    granularite: "esms",
    source: "2-F : ligne de l'établissement ; Annexe 1 : capacité totale autorisée (FINESS ou nom)",
    formule: "=SUM({*})/{capacite}",
    formuleEnMots: "total Creton de l'établissement / capacité totale autorisée",
    calculer: (e) => ratio(totalCreton(e), e.capacite ?? NaN),
    seuils: [CAPACITE_DEPASSEE],
  }),
  creton({
    nom: "taux-capacite-internat",
    libelle: "Part des Creton dans la capacité en internat",
    unite: "%",
    granularite: "esms",
    source: "2-F : colonnes « Internat » de l'établissement ; Annexe 1 : dont capacité en internat",
    formule: "=SUM({*})/{capacite}",
    formuleEnMots: "Creton en internat / capacité en internat",
    calculer: (e) => ratio(totalCreton(e), e.capacite ?? NaN),
    seuils: [CAPACITE_DEPASSEE],
  }),
  creton({
    nom: "taux-effectif",
    libelle: "Part des Creton dans l'effectif",
    unite: "%",
    granularite: "esms",
    source: "2-F : ligne de l'établissement ; 2-D : personnes accompagnées au 31/12 (dénominateur)",
    formule: "=SUM({*})/{effectif}",
    formuleEnMots: "total Creton de l'établissement / personnes accompagnées au 31/12",
    calculer: (e) => ratio(totalCreton(e), e.effectif ?? NaN),
    seuils: [
      {
        condition: "> 10 %",
        si: (v) => v > 0.1,
        gravite: "info",
        message: "part élevée (repère national : 5,6 % fin 2010, 7 % en IME)",
        source: "DREES, Les dossiers n° 36 (2019) [CONFIRMÉ] ; seuil [INFÉRENCE]",
        controle: {
          id: "creton/taux-eleve",
          cleMessage: "taux",
          message:
            "2-F : les jeunes adultes en amendement Creton représentent {{valeur}} de l'effectif de {{nom}}.",
          description:
            "Part des jeunes adultes en amendement Creton dans l'effectif (repère : 10 %).",
          correction:
            "Pour mémoire : situation d'inadéquation à traiter dans l'objectif « inadéquations ».",
          pourquoi:
            "Repères DREES : 7 % en IME, 13 % en EEAP ; au-delà de 10 %, l'inadéquation est notable.",
          source: "DREES [CONFIRMÉ] ; seuil [INFÉRENCE]",
        },
      },
    ],
  }),
  creton({
    nom: "part-medicalisee",
    libelle: "Part orientée vers un accueil médicalisé (MAS, FAM)",
    unite: "%",
    granularite: "organisme",
    source: "2-F : toutes les cellules",
    formule: "",
    formuleEnMots: "(MAS + FAM) / total",
    calculer: (e) =>
      ratio(
        somme(
          Object.entries(e)
            .filter(([c]) => /\.(mas|fam)$/.test(c))
            .map(([, v]) => v),
        ),
        totalCreton(e),
      ),
  }),
];
