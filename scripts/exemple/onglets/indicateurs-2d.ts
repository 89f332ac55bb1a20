import type { Tirage } from "../aleatoire";
import { ANNEE, type Esms } from "../organisme";
import { FORMATS } from "../styles";
import { cretonComplet } from "./creton-2f";

/** Les 18 indicateurs complémentaires du modèle (classeur-diagnostic.md §5.11) et leurs valeurs. */

const D = `31/12/${ANNEE - 1}`;

/** Un périmètre et ses deux termes (exemple complet). */
export interface Terme {
  readonly perimetre: string;
  readonly num: number;
  readonly den: number;
}

export interface Indicateur2D {
  readonly intitule: string;
  readonly numerateur: string;
  readonly denominateur: string;
  readonly resultat?: string;
  readonly format?: string;
  readonly termes: (esms: readonly Esms[], t: Tirage) => Terme[];
}

const parEsms =
  (filtre: (e: Esms) => boolean, f: (e: Esms, t: Tirage) => [number, number]) =>
  (esms: readonly Esms[], t: Tirage): Terme[] =>
    esms.filter(filtre).map((e) => {
      const [num, den] = f(e, t);
      return { perimetre: e.nom, num, den };
    });
const part = (den: number, t: Tirage, min: number, max: number) =>
  Math.min(den, Math.round((den * t.entier(min, max)) / 100));
const tous = () => true;
const eff = (e: Esms) => e.effectif;
const enfants = (e: Esms) => Math.round(e.effectif * 0.8);
const somme = (esms: readonly Esms[], f: (e: Esms) => number) => esms.reduce((s, e) => s + f(e), 0);

export const INDICATEURS_2D: readonly Indicateur2D[] = [
  {
    intitule: "Projets personnalisés réactualisés depuis moins de 12 mois",
    numerateur: `personnes dont le projet personnalisé a été réactualisé dans les 12 mois précédant le ${D}`,
    denominateur: `personnes accompagnées au ${D}`,
    termes: parEsms(tous, (e, t) => [part(eff(e), t, 82, 98), eff(e)]),
  },
  {
    intitule: "Enfants bénéficiant d'un temps de scolarisation",
    numerateur:
      "enfants scolarisés au moins partiellement (unité d'enseignement ou classe ordinaire)",
    denominateur: `enfants de 6 à 16 ans accompagnés au ${D}`,
    termes: parEsms(
      (e) => e.secteur === "enfance",
      (e, t) => [part(enfants(e), t, 62, 95), enfants(e)],
    ),
  },
  {
    intitule: "Scolarisation hors les murs (unité externalisée ou classe ordinaire)",
    numerateur: "enfants scolarisés en unité d'enseignement externalisée ou en classe ordinaire",
    denominateur: "enfants scolarisés",
    termes: (esms, t) => {
      const den = somme(
        esms.filter((e) => e.secteur === "enfance"),
        (e) => Math.round(enfants(e) * 0.8),
      );
      return [{ perimetre: "Secteur enfance", num: part(den, t, 38, 60), den }];
    },
  },
  {
    intitule: "Activité réalisée en milieu ordinaire (services)",
    numerateur: "interventions réalisées sur les lieux de vie (école, domicile, travail, loisirs)",
    denominateur: "total des interventions de l'année",
    termes: parEsms(
      (e) => e.service,
      (e, t) => {
        const den = e.effectif * t.entier(35, 45);
        return [part(den, t, 55, 80), den];
      },
    ),
  },
  {
    intitule: "Sorties d'ESAT vers le milieu ordinaire",
    numerateur:
      "travailleurs sortis vers l'emploi ordinaire ou une entreprise adaptée dans l'année",
    denominateur: "travailleurs accompagnés dans l'année",
    termes: (esms, t) => [
      {
        perimetre: "ESAT",
        num: t.entier(1, 4),
        den:
          somme(
            esms.filter((e) => e.categorie === "ESAT"),
            eff,
          ) + t.entier(2, 6),
      },
    ],
  },
  {
    intitule: "Travailleurs d'ESAT en mise à disposition ou en emploi accompagné",
    numerateur: "travailleurs ayant eu une mise à disposition ou un emploi accompagné dans l'année",
    denominateur: `travailleurs au ${D}`,
    termes: (esms, t) => [
      {
        perimetre: "ESAT",
        num: t.entier(5, 12),
        den: somme(
          esms.filter((e) => e.categorie === "ESAT"),
          eff,
        ),
      },
    ],
  },
  {
    intitule: "Personnes de 60 ans et plus",
    numerateur: `personnes de 60 ans et plus au ${D}`,
    denominateur: `personnes accompagnées au ${D}`,
    termes: parEsms(
      (e) => e.secteur === "adultes",
      (e, t) => [part(eff(e), t, 6, 30), eff(e)],
    ),
  },
  {
    intitule: "Délai moyen d'admission (en jours)",
    numerateur:
      "somme des délais entre la notification et l'admission, pour les admis de l'année (jours)",
    denominateur: "admissions de l'année",
    resultat: "Résultat (jours)",
    format: FORMATS.jours,
    termes: parEsms(tous, (e, t) => {
      const admissions = t.entier(e.service ? 8 : 3, e.service ? 16 : 10);
      return [admissions * t.entier(60, 240), admissions];
    }),
  },
  {
    intitule: "Liste d'attente rapportée à la capacité autorisée",
    numerateur: `personnes en attente d'admission au ${D}`,
    denominateur: "capacité autorisée (Annexe 1)",
    termes: parEsms(tous, (e, t) => [t.entier(2, 40), e.capacite]),
  },
  {
    intitule: "Jeunes adultes maintenus au titre de l'amendement Creton",
    numerateur: `personnes en amendement Creton au ${D} (total de l'annexe 2-F)`,
    denominateur: `personnes accompagnées au ${D}`,
    termes: parEsms(
      (e) => e.creton,
      (e) => [Object.values(cretonComplet(e)).reduce((a, b) => a + b, 0), eff(e)],
    ),
  },
  {
    intitule: "Professionnels formés à la bientraitance sur les 3 derniers exercices",
    numerateur: "salariés formés à la bientraitance au cours des 3 derniers exercices",
    denominateur: `salariés au ${D} (personnes physiques)`,
    termes: (esms, t) => {
      const den = Math.round(somme(esms, (e) => e.capacite) * 0.9);
      return [{ perimetre: "Organisme", num: part(den, t, 55, 75), den }];
    },
  },
  {
    intitule: "Événements indésirables graves (EIG) ayant fait l'objet d'une analyse des causes",
    numerateur: "EIG ayant fait l'objet d'une analyse des causes",
    denominateur: "EIG déclarés dans l'année",
    termes: (esms, t) => {
      const den = t.entier(4, 9) * Math.ceil(esms.length / 8);
      return [{ perimetre: "Organisme", num: den - t.entier(0, 1), den }];
    },
  },
  {
    intitule: "Réunions du conseil de la vie sociale (CVS) par ESMS doté d'un CVS",
    numerateur: "réunions de CVS tenues dans l'année",
    denominateur: "ESMS dotés d'un CVS",
    resultat: "Résultat (réunions par ESMS)",
    format: FORMATS.jours,
    termes: (esms, t) => {
      const den = esms.filter((e) => !e.service).length;
      return [{ perimetre: "Organisme", num: den * 3 + t.entier(1, den), den }];
    },
  },
  {
    intitule: "Réclamations traitées en moins de 2 mois",
    numerateur: "réclamations ayant reçu une réponse en moins de 2 mois",
    denominateur: "réclamations reçues dans l'année",
    termes: (esms, t) => {
      const den = t.entier(18, 40) * Math.ceil(esms.length / 8);
      return [{ perimetre: "Organisme", num: den - t.entier(1, 5), den }];
    },
  },
  {
    intitule: "Projets d'établissement ou de service de moins de 5 ans",
    numerateur: "ESMS dont le projet d'établissement ou de service a moins de 5 ans",
    denominateur: "ESMS du périmètre du CPOM",
    termes: (esms) => [{ perimetre: "Organisme", num: esms.length - 1, den: esms.length }],
  },
  {
    intitule: "Dossier de la personne informatisé",
    numerateur: "ESMS utilisant un dossier de la personne informatisé",
    denominateur: "ESMS du périmètre du CPOM",
    termes: (esms) => [{ perimetre: "Organisme", num: esms.length - 2, den: esms.length }],
  },
  {
    intitule: "Personnes accompagnées ayant un médecin traitant",
    numerateur: "personnes accompagnées ayant un médecin traitant déclaré",
    denominateur: `personnes accompagnées au ${D}`,
    termes: parEsms(
      (e) => e.secteur === "adultes",
      (e, t) => [part(eff(e), t, 88, 100), eff(e)],
    ),
  },
  {
    intitule: "Utilisation de l'accueil temporaire",
    numerateur: "journées d'accueil temporaire réalisées dans l'année",
    denominateur: "places d'accueil temporaire × jours d'ouverture",
    termes: parEsms(
      (e) => e.accueilTemporaire > 0,
      (e, t) => {
        const den = e.accueilTemporaire * (e.secteur === "enfance" ? 210 : 365);
        return [part(den, t, 68, 95), den];
      },
    ),
  },
];
