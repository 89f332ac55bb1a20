import { luhn } from "../../src/domain/valeurs";

/**
 * L'organisme gestionnaire fictif du classeur d'exemple et ses ESMS (Pays de la Loire). Les
 * numéros FINESS sont construits avec une clé de Luhn valide (referentiels.md §4) : fictifs par
 * construction, une coïncidence avec un numéro attribué reste possible.
 */

export type Secteur = "enfance" | "adultes";
export type Autorite = "ARS" | "Département" | "Conjointe ARS / Département";

export interface Esms {
  readonly finess: string;
  readonly nom: string;
  readonly categorie: string;
  readonly secteur: Secteur;
  readonly commune: string;
  readonly departement: string;
  readonly capacite: number;
  /** Capacité en internat / hébergement (0 pour un service). */
  readonly internat: number;
  /** Places d'accueil temporaire (comprises dans la capacité). */
  readonly accueilTemporaire: number;
  readonly public: string;
  readonly autorite: Autorite;
  /** Personnes accompagnées au 31/12/N-1. */
  readonly effectif: number;
  readonly service: boolean;
  /** Établissement pour enfants avec internat ou semi-internat (concerné par 2-F). */
  readonly creton: boolean;
}

/** Numéro FINESS : 8 premiers caractères + clé de Luhn. */
export function finess(huit: string): string {
  for (let k = 0; k <= 9; k++) if (luhn(`${huit}${k}`)) return `${huit}${k}`;
  throw new Error(`Pas de clé pour ${huit}`);
}

/** Année de négociation N : exercices N-3 à N-1, situation au 31/12/N-1. */
export const ANNEE = 2025;
export const EXERCICES = [ANNEE - 3, ANNEE - 2, ANNEE - 1].map(String);

export const ORGANISME = {
  raisonSociale: "Association Horizons Ligériens",
  finess: finess("44001870"),
  statut: "Association loi 1901 reconnue d'utilité publique",
  adresse: "12 rue de la Fosse, 44000 Nantes",
  organisationSiege:
    "Siège de 8 ETP à Nantes : direction générale, ressources humaines, paie, comptabilité et contrôle de gestion, qualité, systèmes d'information. Il assure la gestion centralisée des admissions et la coordination des directions d'établissement.",
  siegeAutorise: "Oui",
  dateArrete: new Date(Date.UTC(2021, 5, 14)),
  tauxFraisSiege: 0.0265,
  valeurs:
    "Dignité et citoyenneté des personnes accompagnées ; autodétermination et pouvoir d'agir ; inclusion dans la cité ; accompagnement tout au long du parcours de vie ; gestion désintéressée et ouverture aux familles.",
  dateProjet: new Date(Date.UTC(2022, 5, 25)),
  typeCpom: "Tripartite (ARS et Département)",
  referent:
    "Claire Morvan, directrice générale adjointe — claire.morvan@horizons-ligeriens.fr — 02 40 00 00 00",
  contact: "Claire Morvan, directrice générale adjointe",
  dateEnvoi: new Date(Date.UTC(ANNEE, 2, 28)),
} as const;

interface Modele extends Omit<Esms, "finess" | "service" | "creton"> {
  readonly numero: string;
}

/** Les 8 ESMS du classeur d'exemple (facteur 1). */
const MODELES: readonly Modele[] = [
  {
    numero: "44002013",
    nom: "IME Les Grands Chênes",
    categorie: "IME",
    secteur: "enfance",
    commune: "Saint-Herblain",
    departement: "44",
    capacite: 72,
    internat: 24,
    accueilTemporaire: 2,
    public: "Déficience intellectuelle et troubles du spectre de l'autisme, 6 à 20 ans",
    autorite: "ARS",
    effectif: 70,
  },
  {
    numero: "44002031",
    nom: "IEM La Sablière",
    categorie: "IEM",
    secteur: "enfance",
    commune: "Rezé",
    departement: "44",
    capacite: 45,
    internat: 12,
    accueilTemporaire: 0,
    public: "Déficience motrice avec ou sans troubles associés, 3 à 20 ans",
    autorite: "ARS",
    effectif: 43,
  },
  {
    numero: "49001182",
    nom: "ITEP Le Moulin d'Ardoise",
    categorie: "ITEP",
    secteur: "enfance",
    commune: "Angers",
    departement: "49",
    capacite: 40,
    internat: 18,
    accueilTemporaire: 0,
    public: "Difficultés psychologiques et troubles du comportement, 6 à 18 ans",
    autorite: "ARS",
    effectif: 38,
  },
  {
    numero: "44002264",
    nom: "SESSAD Cap Loire",
    categorie: "SESSAD",
    secteur: "enfance",
    commune: "Nantes",
    departement: "44",
    capacite: 50,
    internat: 0,
    accueilTemporaire: 0,
    public: "Déficience intellectuelle et troubles du spectre de l'autisme, 0 à 20 ans",
    autorite: "ARS",
    effectif: 52,
  },
  {
    numero: "44003052",
    nom: "ESAT Les Ateliers de l'Estuaire",
    categorie: "ESAT",
    secteur: "adultes",
    commune: "Saint-Nazaire",
    departement: "44",
    capacite: 110,
    internat: 0,
    accueilTemporaire: 0,
    public: "Déficience intellectuelle et handicap psychique",
    autorite: "ARS",
    effectif: 108,
  },
  {
    numero: "85000831",
    nom: "FAM Les Jardins d'Olonne",
    categorie: "FAM",
    secteur: "adultes",
    commune: "Les Sables-d'Olonne",
    departement: "85",
    capacite: 36,
    internat: 32,
    accueilTemporaire: 2,
    public: "Adultes avec handicap psychique ou déficience intellectuelle, vieillissants",
    autorite: "Conjointe ARS / Département",
    effectif: 35,
  },
  {
    numero: "44003117",
    nom: "MAS Le Clos Fleuri",
    categorie: "MAS",
    secteur: "adultes",
    commune: "Carquefou",
    departement: "44",
    capacite: 50,
    internat: 46,
    accueilTemporaire: 2,
    public: "Polyhandicap et troubles du spectre de l'autisme sévères",
    autorite: "ARS",
    effectif: 49,
  },
  {
    numero: "44003205",
    nom: "SAVS Trajectoires",
    categorie: "SAVS",
    secteur: "adultes",
    commune: "Nantes",
    departement: "44",
    capacite: 60,
    internat: 0,
    accueilTemporaire: 0,
    public: "Adultes avec déficience intellectuelle ou handicap psychique vivant à domicile",
    autorite: "Département",
    effectif: 63,
  },
];

const SERVICES = new Set(["SESSAD", "SAVS", "SAMSAH", "CAMSP", "CMPP"]);

/** Communes supplémentaires par département, pour les ESMS du classeur agrandi. */
const COMMUNES: Readonly<Record<string, readonly string[]>> = {
  "44": ["Ancenis", "Châteaubriant", "Pornic", "Guérande", "Clisson", "Blain", "Vertou"],
  "49": ["Cholet", "Saumur", "Segré", "Chemillé", "Beaupréau", "Doué-la-Fontaine", "Baugé"],
  "85": ["La Roche-sur-Yon", "Challans", "Luçon", "Fontenay-le-Comte", "Montaigu", "Les Herbiers"],
  "53": ["Laval", "Mayenne", "Château-Gontier", "Évron", "Craon", "Ernée", "Villaines"],
  "72": ["Le Mans", "La Flèche", "Sablé-sur-Sarthe", "Mamers", "Saint-Calais", "Coulaines"],
};
const DEPS = ["44", "49", "53", "72", "85"];

/**
 * ESMS du classeur : les 8 modèles, puis pour `facteur` > 1 des sites supplémentaires (mêmes
 * catégories, départements des Pays de la Loire), de quoi atteindre 8 × facteur ESMS.
 */
export function listeEsms(facteur = 1): Esms[] {
  const out: Esms[] = [];
  for (let k = 0; k < facteur; k++) {
    MODELES.forEach((m, i) => {
      const dep = k === 0 ? m.departement : (DEPS[(i + k) % DEPS.length] as string);
      const communes = COMMUNES[dep] as readonly string[];
      const numero =
        k === 0
          ? finess(m.numero)
          : finess(`${dep}0${String(40000 + k * 100 + i * 7).padStart(5, "0")}`);
      const ajuste = (n: number) =>
        k === 0 ? n : Math.max(1, Math.round(n * (0.7 + (k % 5) * 0.1)));
      out.push({
        ...m,
        finess: numero,
        nom: k === 0 ? m.nom : `${m.nom} — ${communes[(k + i) % communes.length]}`,
        commune: k === 0 ? m.commune : (communes[(k + i) % communes.length] as string),
        departement: dep,
        capacite: ajuste(m.capacite),
        internat: Math.min(ajuste(m.internat), ajuste(m.capacite)),
        effectif: Math.min(
          ajuste(m.effectif),
          SERVICES.has(m.categorie) ? 999 : ajuste(m.capacite),
        ),
        service: SERVICES.has(m.categorie),
        creton: m.secteur === "enfance" && !SERVICES.has(m.categorie),
      });
    });
  }
  return out;
}
