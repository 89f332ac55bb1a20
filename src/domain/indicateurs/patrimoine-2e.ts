import { ratio } from "./calcul";
import { caf, CAF, capitaux, fin, S_D6145, S_GUIDE_M22, seuil, v } from "./e3";
import { SOURCE_HELIOS } from "./seuils";
import type { DefinitionIndicateur, Seuil } from "./types";

/** Famille `fin`, tableau E3 de 2-E : patrimoine, endettement et résultat (indicateurs.md §5.3, §5.4). */

const F_CAF = "({R1}+{C2}-{P2}-{P3}+{C3}-{P4}-{P5})";
const VETUSTE: readonly Seuil[] = [
  seuil(
    "> 100 %",
    (x) => x > 1,
    "impossible : amortissements supérieurs à la valeur brute",
    SOURCE_HELIOS,
    "erreur",
  ),
  seuil(
    "hors [0 %, 80 %]",
    (x) => x < 0 || (x > 0.8 && x <= 1),
    "valeur atypique ; au-delà de 50-60 %, besoin de réinvestir",
    SOURCE_HELIOS,
  ),
];

export const INDICATEURS_2E_PATRIMOINE: readonly DefinitionIndicateur[] = [
  fin(
    "vetuste-constructions",
    "Taux de vétusté des constructions",
    "%",
    ["B5", "B6"],
    "={B6}/{B5}",
    "B6 / B5",
    (e) => ratio(v(e, "B6"), v(e, "B5")),
    { sens: "baisse", seuils: VETUSTE },
  ),
  fin(
    "vetuste-equipements",
    "Taux de vétusté des installations et équipements",
    "%",
    ["B7", "B8"],
    "={B8}/{B7}",
    "B8 / B7",
    (e) => ratio(v(e, "B8"), v(e, "B7")),
    { sens: "baisse", seuils: VETUSTE },
  ),
  fin(
    "capitaux-permanents",
    "Capitaux permanents",
    "€",
    ["B1", "B9"],
    "={B1}+{B9}",
    "B1 + B9",
    capitaux,
    { reference: "indicateurs.md §5.3 [INFÉRENCE]" },
  ),
  fin(
    "taux-endettement",
    "Taux d'endettement",
    "%",
    ["B2", "B1", "B9"],
    "={B2}/({B1}+{B9})",
    "B2 / capitaux permanents (B1 + B9)",
    (e) => ratio(v(e, "B2"), capitaux(e)),
    {
      sens: "baisse",
      seuils: [
        seuil(
          "> 50 %",
          (x) => x > 0.5,
          "endettement élevé",
          "Weka, analyse par les ratios [CONFIRMÉ]",
        ),
      ],
    },
  ),
  fin(
    "independance-financiere",
    "Indépendance financière",
    "%",
    ["B2", "B1"],
    "={B2}/{B1}",
    "B2 / B1",
    (e) => ratio(v(e, "B2"), v(e, "B1")),
    {
      sens: "baisse",
      seuils: [
        seuil("> 50 %", (x) => x > 0.5, "dépendance aux emprunts", `${S_GUIDE_M22} ; ${S_D6145}`),
      ],
    },
  ),
  fin(
    "duree-dette",
    "Durée apparente de la dette",
    "ans",
    ["B2", ...CAF],
    `=IF(${F_CAF}<=0,"",{B2}/${F_CAF})`,
    "B2 / CAF (non calculable si CAF ≤ 0)",
    (e) => (caf(e) <= 0 ? "non-applicable" : v(e, "B2") / caf(e)),
    {
      sens: "baisse",
      seuils: [seuil("> 10 ans", (x) => x > 10, "dette longue à rembourser avec la CAF", S_D6145)],
    },
  ),
  fin(
    "encours-produits",
    "Encours de la dette rapporté aux produits",
    "%",
    ["B2", "P1"],
    "={B2}/{P1}",
    "B2 / P1",
    (e) => ratio(v(e, "B2"), v(e, "P1")),
    {
      sens: "baisse",
      seuils: [
        seuil("> 30 %", (x) => x > 0.3, "encours élevé au regard des produits", S_D6145, "info"),
      ],
    },
  ),
  fin(
    "taux-resultat",
    "Résultat rapporté aux produits",
    "%",
    ["R1", "P1"],
    "={R1}/{P1}",
    "R1 / P1",
    (e) => ratio(v(e, "R1"), v(e, "P1")),
    {
      sens: "hausse",
      seuils: [
        seuil(
          "< −3 %",
          (x) => x < -0.03,
          "déficit supérieur à 3 % des produits",
          "Critère sanitaire [CONNAISSANCE]",
          "info",
        ),
      ],
    },
  ),
];
