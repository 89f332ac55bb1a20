/** Données de l'Annexe 2-D : un bloc par indicateur (par ESMS), puis le tableau secteur / organisme. */
import type { Valeur } from "./enregistreur";

export type StyleFormule = "si" | "sierreur" | "nu";

export interface BlocIndicateur {
  readonly id: string;
  readonly titre: string;
  readonly numerateur: string;
  readonly denominateur: string;
  readonly colonneResultat: string;
  readonly style: StyleFormule;
  readonly format: "pourcent" | "jours" | "ratio";
  /** esms id → [numérateur, dénominateur] ; undefined = laissé vide. */
  readonly lignes: readonly (readonly [string, Valeur | undefined, Valeur | undefined])[];
}

export const BLOCS: readonly BlocIndicateur[] = [
  {
    id: "pp-reactualise",
    titre: "Projets personnalisés réactualisés depuis moins de 12 mois",
    numerateur:
      "personnes dont le projet personnalisé a été réactualisé dans les 12 mois précédant le 31/12/2024",
    denominateur: "personnes accompagnées au 31/12/2024",
    colonneResultat: "Taux",
    style: "si",
    format: "pourcent",
    lignes: [
      ["ime-calanques", 64, 70],
      ["sessad-calanques", 45, 49],
      ["itep-mistral", 37, 35],
      ["ime-licettu", 31, 38],
      ["esat-victoire", 88, 92],
      ["mas-oliviers", 40, 40],
      ["fam-restanque", 26, 29],
      ["fv-pin", 24, 27],
      ["savs-var", 31, 38],
      ["fh-casa", 15, 17],
      ["samsah-ponte", 17, 21],
    ],
  },
  {
    id: "scolarisation",
    titre: "Enfants bénéficiant d'un temps de scolarisation",
    numerateur:
      "enfants scolarisés au moins partiellement (unité d'enseignement interne, externalisée ou classe ordinaire)",
    denominateur: "enfants accompagnés de 6 à 16 ans au 31/12/2024",
    colonneResultat: "Taux",
    style: "sierreur",
    format: "pourcent",
    lignes: [
      ["ime-calanques", 49, 58],
      ["sessad-calanques", 38, 38],
      ["itep-mistral", 31, 33],
      ["ime-licettu", undefined, undefined],
    ],
  },
  {
    id: "personnes-60-ans",
    titre: "Personnes de 60 ans et plus",
    numerateur: "personnes de 60 ans et plus au 31/12/2024",
    denominateur: "personnes accompagnées au 31/12/2024",
    colonneResultat: "Taux",
    style: "nu",
    format: "pourcent",
    lignes: [
      ["esat-victoire", 4, 92],
      ["mas-oliviers", 3, 40],
      ["fam-restanque", 2, 29],
      ["fv-pin", 5, 27],
      ["fh-casa", 0, 17],
    ],
  },
  {
    id: "delai-admission",
    titre: "Délai moyen d'admission",
    numerateur:
      "somme des délais (en jours) entre la notification et l'admission, pour les personnes admises en 2024",
    denominateur: "admissions de l'année 2024",
    colonneResultat: "Délai moyen (jours)",
    style: "si",
    format: "jours",
    lignes: [
      ["ime-calanques", 2140, 10],
      ["sessad-calanques", 2660, 14],
      ["itep-mistral", 1540, 7],
      ["ime-licettu", 1290, 4],
      ["esat-victoire", 1260, 7],
      ["mas-oliviers", 365, 1],
      ["fam-restanque", 620, 2],
      ["fv-pin", 300, 1],
      ["savs-var", 1350, 10],
      ["fh-casa", 240, 3],
      ["samsah-ponte", 1035, 7],
    ],
  },
  {
    id: "attente-capacite",
    titre: "Liste d'attente rapportée à la capacité",
    numerateur: "personnes en attente d'admission au 31/12/2024",
    denominateur: "capacité autorisée",
    colonneResultat: "Rapport",
    style: "nu",
    format: "pourcent",
    lignes: [
      ["ime-calanques", 31, 72],
      ["itep-mistral", 14, 36],
      ["ime-licettu", 12, 40],
      ["esat-victoire", 12, 90],
      ["mas-oliviers", 46, 40],
      ["fam-restanque", 38, 30],
      ["fv-pin", 9, 28],
    ],
  },
  {
    id: "creton",
    titre: "Jeunes adultes en amendement Creton",
    numerateur:
      "personnes maintenues au titre de l'amendement Creton au 31/12/2024 (total de l'annexe 2-F)",
    denominateur: "personnes accompagnées au 31/12/2024",
    colonneResultat: "Taux",
    style: "sierreur",
    format: "pourcent",
    lignes: [
      ["ime-calanques", 7, 70],
      ["itep-mistral", 2, 35],
      ["ime-licettu", 15, 38],
    ],
  },
  {
    id: "medecin-traitant",
    titre: "Personnes ayant un médecin traitant",
    numerateur: "personnes accompagnées ayant un médecin traitant déclaré",
    denominateur: "personnes accompagnées au 31/12/2024",
    colonneResultat: "Taux",
    style: "nu",
    format: "pourcent",
    lignes: [
      ["esat-victoire", 90, 92],
      ["mas-oliviers", 40, 40],
      ["fam-restanque", 29, 29],
      ["fv-pin", 26, 27],
      ["savs-var", undefined, undefined],
      ["fh-casa", 17, 17],
      ["samsah-ponte", 20, 21],
    ],
  },
];
