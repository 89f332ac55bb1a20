/**
 * Organisme fictif de la seconde mise en page : une association de Provence-Alpes-Côte d'Azur et de
 * Corse. Numéros FINESS inventés, clé calculée (une clé fausse semée, voir `erreurs`).
 */
import { avecCle, avecCleFausse } from "./finess";

export type Autorite = "ARS" | "Département" | "Conjointe ARS / Département";

export interface Esms {
  readonly id: string;
  readonly finess: string;
  readonly nom: string;
  readonly sigle: string;
  readonly codeCategorie: string;
  readonly secteur: "enfance" | "adultes";
  readonly commune: string;
  readonly departement: string;
  readonly capacite: number;
  readonly internat: number;
  readonly accueilJour: number;
  readonly autorite: Autorite;
  readonly public: string;
  /** Personnes accompagnées au 31/12/N-1. */
  readonly effectif: number;
  readonly service: boolean;
}

export const ANNEE_N = 2025;
export const EXERCICES = ["2022", "2023", "2024"] as const;

export const ORGANISME = {
  raisonSociale: "Association Horizons Méditerranée Handicap (AHMH)",
  sigle: "AHMH",
  finessJuridique: avecCle("13079901"),
  statut: "Association loi 1901 reconnue d'utilité publique",
  adresse: "12 traverse des Lauriers, 13012 Marseille",
  departements: ["13", "83", "2A"],
} as const;

/** FINESS de la SAVS : clé fausse (erreur semée `finess/cle`), écrit tel quel partout. */
export const FINESS_SAVS_FAUX = avecCleFausse("83079934");

export const ESMS: readonly Esms[] = [
  {
    id: "ime-calanques",
    finess: avecCle("13079911"),
    nom: "IME Les Calanques",
    sigle: "IME",
    codeCategorie: "183",
    secteur: "enfance",
    commune: "Marseille",
    departement: "13",
    capacite: 72,
    internat: 24,
    accueilJour: 48,
    autorite: "ARS",
    public: "Déficience intellectuelle, 6-20 ans",
    effectif: 70,
    service: false,
  },
  {
    id: "sessad-calanques",
    finess: avecCle("13079912"),
    nom: "SESSAD Les Calanques",
    sigle: "SESSAD",
    codeCategorie: "182",
    secteur: "enfance",
    commune: "Marseille",
    departement: "13",
    capacite: 45,
    internat: 0,
    accueilJour: 0,
    autorite: "ARS",
    public: "Déficience intellectuelle et TSA, 0-20 ans",
    effectif: 49,
    service: true,
  },
  {
    id: "itep-mistral",
    finess: avecCle("83079921"),
    nom: "ITEP Le Mistral",
    sigle: "ITEP",
    codeCategorie: "186",
    secteur: "enfance",
    commune: "Toulon",
    departement: "83",
    capacite: 36,
    internat: 18,
    accueilJour: 18,
    autorite: "ARS",
    public: "Troubles du comportement, 8-18 ans",
    effectif: 35,
    service: false,
  },
  {
    id: "ime-licettu",
    finess: avecCle("2A079941"),
    nom: "IME U Licettu",
    sigle: "IME",
    codeCategorie: "183",
    secteur: "enfance",
    commune: "Ajaccio",
    departement: "2A",
    capacite: 40,
    internat: 12,
    accueilJour: 28,
    autorite: "ARS",
    public: "Déficience intellectuelle et polyhandicap, 3-20 ans",
    effectif: 38,
    service: false,
  },
  {
    id: "esat-victoire",
    finess: avecCle("13079913"),
    nom: "ESAT Sainte-Victoire",
    sigle: "ESAT",
    codeCategorie: "246",
    secteur: "adultes",
    commune: "Aix-en-Provence",
    departement: "13",
    capacite: 90,
    internat: 0,
    accueilJour: 0,
    autorite: "ARS",
    public: "Adultes orientés ESAT",
    effectif: 92,
    service: false,
  },
  {
    id: "mas-oliviers",
    finess: avecCle("83079922"),
    nom: "MAS Les Oliviers",
    sigle: "MAS",
    codeCategorie: "255",
    secteur: "adultes",
    commune: "Hyères",
    departement: "83",
    capacite: 40,
    internat: 36,
    accueilJour: 4,
    autorite: "ARS",
    public: "Polyhandicap et autisme sévère",
    effectif: 40,
    service: false,
  },
  {
    id: "fam-restanque",
    finess: avecCle("13079914"),
    nom: "FAM La Restanque",
    sigle: "FAM",
    codeCategorie: "437",
    secteur: "adultes",
    commune: "Aubagne",
    departement: "13",
    capacite: 30,
    internat: 32,
    accueilJour: 2,
    autorite: "Conjointe ARS / Département",
    public: "Handicap psychique",
    effectif: 29,
    service: false,
  },
  {
    id: "fv-pin",
    finess: avecCle("83079923"),
    nom: "Foyer de vie Le Pin d'Alep",
    sigle: "Foyer de vie",
    codeCategorie: "382",
    secteur: "adultes",
    commune: "Brignoles",
    departement: "83",
    capacite: 28,
    internat: 24,
    accueilJour: 4,
    autorite: "Département",
    public: "Déficience intellectuelle",
    effectif: 27,
    service: false,
  },
  {
    id: "savs-var",
    finess: FINESS_SAVS_FAUX,
    nom: "SAVS Horizons Var",
    sigle: "SAVS",
    codeCategorie: "446",
    secteur: "adultes",
    commune: "Toulon",
    departement: "83",
    capacite: 35,
    internat: 0,
    accueilJour: 0,
    autorite: "Département",
    public: "Adultes vivant à domicile",
    effectif: 38,
    service: true,
  },
  {
    id: "fh-casa",
    finess: avecCle("2A079942"),
    nom: "Foyer d'hébergement A Casa",
    sigle: "FH",
    codeCategorie: "252",
    secteur: "adultes",
    commune: "Ajaccio",
    departement: "2A",
    capacite: 18,
    internat: 18,
    accueilJour: 0,
    autorite: "Département",
    public: "Travailleurs d'ESAT",
    effectif: 17,
    service: false,
  },
  {
    id: "samsah-ponte",
    finess: avecCle("2A079943"),
    nom: "SAMSAH U Ponte",
    sigle: "SAMSAH",
    codeCategorie: "445",
    secteur: "adultes",
    commune: "Ajaccio",
    departement: "2A",
    capacite: 20,
    internat: 0,
    accueilJour: 0,
    autorite: "Conjointe ARS / Département",
    public: "Handicap psychique et cérébrolésion",
    effectif: 21,
    service: true,
  },
];

export function esms(id: string): Esms {
  const e = ESMS.find((x) => x.id === id);
  if (!e) throw new Error(`ESMS inconnu : ${id}`);
  return e;
}

export const ENFANCE = ESMS.filter((e) => e.secteur === "enfance");
export const ADULTES = ESMS.filter((e) => e.secteur === "adultes");
/** ESMS de compétence exclusive du Département (2-B saisi par l'organisme). */
export const COMPETENCE_CD = ESMS.filter((e) => e.autorite === "Département");
/** Catégories couvertes par le TdB ANAP (2-C). */
export const TDB = ESMS.filter((e) => !["382", "252"].includes(e.codeCategorie));
/** Établissements enfance avec internat ou semi-internat (2-F). */
export const CRETON = ENFANCE.filter((e) => !e.service);
