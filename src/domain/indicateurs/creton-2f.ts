import { ratio, somme } from "./calcul";
import type { DefinitionIndicateur, Entrees, Granularite, Seuil, Unite } from "./types";

/**
 * Famille `creton` : onglet 2-F (indicateurs.md §6). Clés des entrées : `<row>:<mode>.<orientation>`
 * pour une cellule de Creton, `capacite` (Annexe 1) ou `effectif` (2-D) pour un dénominateur.
 */

const REFERENCE = "indicateurs.md §6 ; classeur-diagnostic.md §5.13";
const DENOMINATEURS = new Set(["capacite", "effectif"]);

const cellules = (e: Entrees) =>
  Object.entries(e)
    .filter(([cle]) => !DENOMINATEURS.has(cle))
    .map(([, v]) => v);
const totalCreton = (e: Entrees) => somme(cellules(e));

function creton(
  nomCourt: string,
  libelle: string,
  unite: Unite,
  granularite: Granularite,
  source: string,
  formule: string,
  formuleEnMots: string,
  calculer: DefinitionIndicateur["calculer"],
  seuils: readonly Seuil[] = [],
): DefinitionIndicateur {
  return {
    id: `creton.${nomCourt}`,
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
    seuils,
    reference: REFERENCE,
  };
}

const CAPACITE_DEPASSEE: Seuil = {
  condition: "> 100 %",
  si: (v) => v > 1,
  gravite: "erreur",
  message: "plus de personnes en amendement Creton que de places : impossible",
  source: "indicateurs.md §6 [INFÉRENCE]",
};

export const INDICATEURS_2F: readonly DefinitionIndicateur[] = [
  creton(
    "total-esms",
    "Personnes en amendement Creton, total de l'établissement",
    "nombre",
    "esms",
    "2-F : ligne de l'établissement, toutes colonnes mode × orientation ; résultat en colonne « Total »",
    "=SUM({*})",
    "somme des modes d'accueil et des orientations",
    totalCreton,
  ),
  creton(
    "total-colonne",
    "Personnes en amendement Creton, par mode et orientation",
    "nombre",
    "organisme",
    "2-F : une colonne mode × orientation, toutes les lignes ; résultat en ligne « Total »",
    "=SUM({*})",
    "somme des établissements",
    totalCreton,
  ),
  creton(
    "total-mode",
    "Personnes en amendement Creton, par mode d'accueil",
    "nombre",
    "organisme",
    "2-F : colonnes d'un mode d'accueil, toutes les lignes",
    "=SUM({*})",
    "somme des établissements et des orientations",
    totalCreton,
  ),
  creton(
    "total-orientation",
    "Personnes en amendement Creton, par orientation",
    "nombre",
    "organisme",
    "2-F : colonnes d'une orientation, toutes les lignes",
    "=SUM({*})",
    "somme des établissements et des modes d'accueil",
    totalCreton,
  ),
  creton(
    "total",
    "Personnes en amendement Creton, total de l'organisme",
    "nombre",
    "organisme",
    "2-F : toutes les cellules ; résultat dans la colonne « Total » de la ligne « Total »",
    "=SUM({*})",
    "somme de tous les établissements, modes et orientations",
    totalCreton,
  ),
  creton(
    "taux-capacite",
    "Part des Creton dans la capacité autorisée",
    "%",
    "esms",
    "2-F : ligne de l'établissement ; Annexe 1 : capacité totale autorisée (FINESS ou nom)",
    "=SUM({*})/{capacite}",
    "total Creton de l'établissement / capacité totale autorisée",
    (e) => ratio(totalCreton(e), e.capacite ?? NaN),
    [CAPACITE_DEPASSEE],
  ),
  creton(
    "taux-capacite-internat",
    "Part des Creton dans la capacité en internat",
    "%",
    "esms",
    "2-F : colonnes « Internat » de l'établissement ; Annexe 1 : dont capacité en internat",
    "=SUM({*})/{capacite}",
    "Creton en internat / capacité en internat",
    (e) => ratio(totalCreton(e), e.capacite ?? NaN),
    [CAPACITE_DEPASSEE],
  ),
  creton(
    "taux-effectif",
    "Part des Creton dans l'effectif",
    "%",
    "esms",
    "2-F : ligne de l'établissement ; 2-D : personnes accompagnées au 31/12 (dénominateur)",
    "=SUM({*})/{effectif}",
    "total Creton de l'établissement / personnes accompagnées au 31/12",
    (e) => ratio(totalCreton(e), e.effectif ?? NaN),
    [
      {
        condition: "> 10 %",
        si: (v) => v > 0.1,
        gravite: "info",
        message: "part élevée (repère national : 5,6 % fin 2010, 7 % en IME)",
        source: "DREES, Les dossiers n° 36 (2019) [CONFIRMÉ] ; seuil [INFÉRENCE]",
      },
    ],
  ),
  creton(
    "part-medicalisee",
    "Part orientée vers un accueil médicalisé (MAS, FAM)",
    "%",
    "organisme",
    "2-F : toutes les cellules",
    "",
    "(MAS + FAM) / total",
    (e) =>
      ratio(
        somme(
          Object.entries(e)
            .filter(([c]) => /\.(mas|fam)$/.test(c))
            .map(([, v]) => v),
        ),
        totalCreton(e),
      ),
  ),
];
