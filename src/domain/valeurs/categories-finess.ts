/**
 * Catégories FINESS rencontrées dans un CPOM PH : donnée du domaine. Codes, libellés officiels
 * (tels que dans l'extrait public FINESS du 08/01/2021) et agrégats vérifiés sur les données réelles
 * (test/fixtures/finess) ; libellés courts, sigles, Tableau de bord et compétence du Département :
 * docs/referentiels-finess.md.
 *
 * Reconnaissance (categorie.ts) : `sigles` et `expressions` servent aussi à deviner une catégorie
 * d'après le nom ; `faibles` (« MAS », « FAM », « EA »…, qui sont aussi des mots de noms propres ou
 * des abréviations) ne valent que dans la colonne « catégorie », jamais dans un nom.
 */

/** `a-affecter` : multi-clientèle ou centre de ressources, le secteur est celui du tableau choisi. */
export type SecteurCategorie = "enfance" | "adultes" | "hors-ph" | "a-affecter";

export interface CategorieFiness {
  readonly code: string;
  /** Libellé officiel FINESS (60 caractères au plus, abréviations comprises). */
  readonly libelle: string;
  /** Libellé court affiché dans les messages (sigle usuel sinon). */
  readonly court: string;
  readonly agregat: string;
  readonly secteur: SecteurCategorie;
  readonly nature: "etablissement" | "service";
  /** Couverte par le Tableau de bord ANAP. */
  readonly tdb: boolean;
  /** Compétence exclusive du Département. */
  readonly cd: boolean;
  /** Sigles sûrs, reconnus aussi dans un nom (mots entiers). */
  readonly sigles: readonly string[];
  /** Sigles ambigus : seulement comme catégorie entière ou premier mot de la catégorie. */
  readonly faibles: readonly string[];
  /** Autres libellés acceptés (libellé de la nomenclature, formes usuelles). */
  readonly expressions: readonly string[];
}

/*
 * Une ligne par catégorie : code | libellé court | agrégat | secteur | E (établissement) ou
 * S (service) | drapeaux (t = Tableau de bord, d = compétence exclusive du Département) | libellé
 * officiel FINESS | sigles sûrs (,) | sigles faibles (,) | autres libellés (;).
 * Les 32 catégories PH ouvertes (agrégats 41xx et 43xx) d'abord, puis les catégories voisines.
 */
const TABLE = `
182|SESSAD|4106|enfance|S|t|Service d'Éducation Spéciale et de Soins à Domicile|sessad||
183|IME|4101|enfance|E|t|Institut Médico-Educatif (I.M.E.)|ime,dime,impro,imp||Institut médico-pédagogique;Institut médico-professionnel
186|ITEP|4102|enfance|E|t|Institut Thérapeutique Éducatif et Pédagogique (I.T.E.P.)|itep,ditep||
188|EEAP|4101|enfance|E|t|Etablissement pour Enfants ou Adolescents Polyhandicapés|eeap||Enfants polyhandicapés
189|CMPP|4106|enfance|S|t|Centre Médico-Psycho-Pédagogique (C.M.P.P.)|cmpp||
190|CAMSP|4106|enfance|S|t|Centre Action Médico-Sociale Précoce (C.A.M.S.P.)|camsp||
192|IEM|4103|enfance|E|t|Institut d'éducation motrice|iem||
194|Institut pour déficients visuels|4104|enfance|E|t|Institut pour Déficients Visuels|||Institut des jeunes aveugles
195|Institut pour déficients auditifs|4104|enfance|E|t|Institut pour Déficients Auditifs|||Institut des jeunes sourds
196|Institut sourds-aveugles|4104|enfance|E|t|Institut d'Education Sensorielle Sourd/Aveugle|||Institut d'éducation sensorielle sourds-aveugles
221|BAPU|4106|enfance|S||Bureau d'Aide Psychologique Universitaire (B.A.P.U.)|bapu||
238|CAFS|4105|enfance|E||Centre d'Accueil Familial Spécialisé|cafs||
377|Établissement expérimental enfance|4107|enfance|E||Etablissement Expérimental pour Enfance Handicapée|||Établissement expérimental pour l'enfance handicapée
390|Accueil temporaire enfants|4105|enfance|E||Etablissement d'Accueil Temporaire d'Enfants Handicapés|||
396|Foyer d'hébergement enfants|4105|enfance|E||Foyer Hébergement Enfants et Adolescents Handicapés|||Foyer d'hébergement pour enfants
402|Jardin d'enfants spécialisé|4101|enfance|E||Jardin d'Enfants Spécialisé|||
198|CPO|4303|adultes|E||Centre de Pré orientation pour Handicapés|cpo||Centre de préorientation;Établissement et service de préorientation
246|ESAT|4302|adultes|E|t|Etablissement et Service d'Aide par le Travail (E.S.A.T.)|esat|cat|Centre d'aide par le travail
247|Entreprise adaptée|4302|adultes|S||Entreprise adaptée||ea|Atelier protégé
249|CRP|4303|adultes|E|t|Centre Rééducation Professionnelle|crp||Établissement et service de réadaptation professionnelle;Centre de réadaptation professionnelle
252|Foyer d'hébergement|4301|adultes|E|d|Foyer Hébergement Adultes Handicapés||fh|Foyer d'hébergement
253|Foyer polyvalent|4301|adultes|E|d|Foyer d'Accueil Polyvalent pour Adultes Handicapés|||Foyer polyvalent
255|MAS|4301|adultes|E|t|Maison d'Accueil Spécialisée (M.A.S.)||mas|Maison d'accueil spécialisée
370|Établissement expérimental PH|4301|adultes|E||Etablissement Expérimental pour personnes handicapées|||
379|Établissement expérimental adultes|4304|adultes|E||Etablissement Expérimental pour Adultes Handicapés|||
382|Foyer de vie|4301|adultes|E|d|Foyer de Vie pour Adultes Handicapés|||Foyer de vie;Foyer occupationnel
395|Accueil temporaire adultes|4301|adultes|E||Etablissement d'Accueil Temporaire pour Adultes Handicapés|||
437|FAM|4301|adultes|E|t|Foyer d'Accueil Médicalisé pour Adultes Handicapés (F.A.M.)||fam|Foyer d'accueil médicalisé
445|SAMSAH|4305|adultes|S|t|Service d'accompagnement médico-social adultes handicapés|samsah||
446|SAVS|4305|adultes|S|td|Service d'Accompagnement à la Vie Sociale (S.A.V.S.)|savs||
448|EAM|4301|adultes|E|t|Etab.Acc.Médicalisé en tout ou partie personnes handicapées|eam||Établissement d'accueil médicalisé en tout ou partie;Établissement d'accueil médicalisé
449|EANM|4301|adultes|E|td|Etab.Accueil Non Médicalisé pour personnes handicapées|eanm||Établissement d'accueil non médicalisé
464|UEROS|4609|adultes|E||Unités Evaluation Réentraînement et d'Orient. Soc. et Pro.|ueros||Unité d'évaluation, de réentraînement et d'orientation socioprofessionnelle
461|Centre de ressources|4606|a-affecter|S||Centres de Ressources S.A.I. (Sans Aucune Indication)|cra||Centre de ressources;Centre ressources autisme
354|SSIAD|4605|a-affecter|S||Service de Soins Infirmiers A Domicile (S.S.I.A.D)|ssiad||
209|SPASAD|4605|a-affecter|S||Service Polyvalent Aide et Soins A Domicile (S.P.A.S.A.D.)|spasad||
500|EHPAD|4401|hors-ph|E||Etablissement d'hébergement pour personnes âgées dépendantes|ehpad||
`;

const liste = (s: string | undefined, sep: string) => (s ? s.split(sep) : []);

export const CATEGORIES_FINESS: readonly CategorieFiness[] = TABLE.trim()
  .split("\n")
  .map((ligne) => {
    const [code, court, agregat, secteur, nature, drapeaux, libelle, sigles, faibles, autres] =
      ligne.split("|");
    return {
      code: code ?? "",
      libelle: libelle ?? "",
      court: court ?? "",
      agregat: agregat ?? "",
      secteur: secteur as SecteurCategorie,
      nature: nature === "S" ? "service" : "etablissement",
      tdb: (drapeaux ?? "").includes("t"),
      cd: (drapeaux ?? "").includes("d"),
      sigles: liste(sigles, ","),
      faibles: liste(faibles, ","),
      expressions: liste(autres, ";"),
    };
  });
