/** Données du tableau secteur / catégorie / organisme de l'Annexe 2-D, et formules de taux. */
import type { Valeur } from "./enregistreur";
import type { StyleFormule } from "./donnees-2d";

export interface LigneAgregee {
  readonly id: string;
  readonly titre: string;
  readonly perimetre: string;
  readonly cle: string;
  readonly style: StyleFormule;
  readonly format: "pourcent" | "ratio";
  readonly num: Valeur | undefined;
  readonly den: Valeur | undefined;
}

export const AGREGES: readonly LigneAgregee[] = [
  {
    id: "scolarisation-hors-murs",
    titre: "Scolarisation en unité externalisée ou en classe ordinaire",
    perimetre: "Secteur Enfance",
    cle: "enfance",
    style: "si",
    format: "pourcent",
    num: 37,
    den: 118,
  },
  {
    id: "sorties-esat-milieu-ordinaire",
    titre: "Sorties d'ESAT vers le milieu ordinaire",
    perimetre: "Catégorie ESAT",
    cle: "categorie 246",
    style: "sierreur",
    format: "pourcent",
    num: 3,
    den: 104,
  },
  {
    id: "esat-mise-a-disposition",
    titre: "Travailleurs d'ESAT en mise à disposition ou emploi accompagné",
    perimetre: "Catégorie ESAT",
    cle: "categorie 246",
    style: "nu",
    format: "pourcent",
    num: 11,
    den: 92,
  },
  {
    id: "formation-bientraitance",
    titre: "Professionnels formés à la bientraitance (3 derniers exercices)",
    perimetre: "Organisme gestionnaire",
    cle: "organisme",
    style: "si",
    format: "pourcent",
    num: 212,
    den: 486,
  },
  {
    id: "eig-analyses",
    titre: "EIG ayant fait l'objet d'une analyse des causes",
    perimetre: "Organisme gestionnaire",
    cle: "organisme",
    style: "sierreur",
    format: "pourcent",
    num: 6,
    den: 7,
  },
  {
    id: "reunions-cvs",
    titre: "Réunions de CVS par ESMS doté d'un CVS",
    perimetre: "Organisme gestionnaire",
    cle: "organisme",
    style: "nu",
    format: "ratio",
    num: 30,
    den: 10,
  },
  {
    id: "reclamations-delai",
    titre: "Réclamations traitées en moins de 2 mois",
    perimetre: "Organisme gestionnaire",
    cle: "organisme",
    style: "si",
    format: "pourcent",
    num: undefined,
    den: undefined,
  },
  {
    id: "projets-etablissement-a-jour",
    titre: "Projets d'établissement de moins de 5 ans",
    perimetre: "Organisme gestionnaire",
    cle: "organisme",
    style: "sierreur",
    format: "pourcent",
    num: 9,
    den: 11,
  },
  {
    id: "dossier-informatise",
    titre: "ESMS utilisant un dossier de la personne informatisé",
    perimetre: "Organisme gestionnaire",
    cle: "organisme",
    style: "nu",
    format: "pourcent",
    num: 11,
    den: 11,
  },
];

/** Formule du taux et son résultat en cache, selon le style du bloc. */
export function formuleTaux(
  style: StyleFormule,
  n: string,
  d: string,
  num: Valeur | undefined,
  den: Valeur | undefined,
): { formule: string; resultat: number | string | { error: string } } {
  const vide = (v: Valeur | undefined): boolean => v === undefined || v === null || v === "";
  const nv = Number(num ?? 0);
  const dv = Number(den ?? 0);
  if (style === "si") {
    return {
      formule: `IF(OR(${n}="",${d}=""),"",${n}/${d})`,
      resultat: vide(num) || vide(den) ? "" : nv / dv,
    };
  }
  if (style === "sierreur")
    return { formule: `IFERROR(${n}/${d},"")`, resultat: dv === 0 ? "" : nv / dv };
  return { formule: `${n}/${d}`, resultat: dv === 0 ? { error: "#DIV/0!" } : nv / dv };
}
