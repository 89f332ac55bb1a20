/**
 * Tous les textes du volet, en français (un seul module : relecture et cohérence du ton). Une
 * phrase dit ce qui s'est passé et quoi faire. Les nombres s'écrivent comme `Intl` (fr-FR), sans
 * le créer au chargement (nombres.ts).
 */
import { formaterNombre, formaterPourcent } from "./nombres";

export const nombre = (n: number): string => formaterNombre(n);
export const pourcentage = (taux: number | null): string =>
  taux === null ? "—" : formaterPourcent(taux);

/** « 1 cellule », « 12 cellules » (un mot régulier, avec le nombre formaté). */
export const pluriel = (n: number, mot: string, pluriel = `${mot}s`): string =>
  `${nombre(n)} ${n > 1 ? pluriel : mot}`;

export const T = {
  navigation: "Vues du volet",
  actualiser: "Actualiser",
  actualiserAide: "Relire tout le classeur et refaire l'analyse",
  fermerMessage: "Fermer le message",
  reessayer: "Réessayer",

  etat: {
    lecture: "Lecture du classeur…",
    lectureAide: "Le classeur est lu en une fois, puis analysé ; cela prend quelques secondes.",
    erreurTitre: "Le classeur n'a pas pu être lu",
    erreurAction: "Erreur",
    perimes: (n: number) =>
      `${pluriel(n, "onglet modifié", "onglets modifiés")} : mise à jour en cours…`,
    enCours: (action: string) => `${action} en cours…`,
    nonReconnuTitre: "Classeur non reconnu",
    /** Sommaire affiché, indicateurs et contrôles pas encore calculés (ADR 0022). */
    calculEnCours: "Calcul des indicateurs et des contrôles en cours…",
  },

  vues: {
    sommaire: "Sommaire",
    saisie: "Saisie",
    indicateurs: "Indicateurs",
    controles: "Contrôles",
    fiches: "Fiches",
  },

  sommaire: {
    titre: "Onglets du classeur",
    global: "Complétude globale",
    globalDetail: (remplies: number, total: number) =>
      `${nombre(remplies)} ${remplies > 1 ? "renseignées" : "renseignée"} sur ${pluriel(total, "cellule à compléter", "cellules à compléter")}`,
    globalAide:
      "Part des cellules bleues renseignées dans les onglets du Diagnostic (onglets masqués et non reconnus exclus), comme le taux de remplissage du Tableau de bord ANAP.",
    aucuneSaisie: "Aucune cellule de saisie repérée dans les onglets du Diagnostic.",
    annexe: (annexe: string, titre: string) => `Annexe ${annexe} — ${titre}`,
    nonReconnu: "Type non reconnu",
    hypothese: (titre: string) => `Type non reconnu (peut-être : ${titre})`,
    corrige: "type corrigé",
    masque: "masqué",
    doublon: (nom: string) => `même type que « ${nom} »`,
    aCompleter: (n: number, total: number) =>
      total === 0
        ? "Aucune cellule de saisie"
        : n === 0
          ? "Complet"
          : pluriel(n, "cellule à compléter", "cellules à compléter"),
    nonCompte: (raison: string) => `Non compté : ${raison}`,
    barre: (nom: string) => `Complétude de l'onglet ${nom}`,
    allerA: (nom: string) => `Aller à l'onglet ${nom}`,
    menuType: (nom: string) => `Corriger le type de l'onglet ${nom}`,
    menuTypeTitre: "Type de l'onglet",
    typeAuto: "Reconnaissance automatique",
    typeInconnu: "Onglet hors Diagnostic (non reconnu)",
    confirmerTitre: "Afficher l'onglet masqué ?",
    confirmerTexte: (nom: string) =>
      `L'onglet « ${nom} » est masqué. Pour y aller, le complément va l'afficher (vous pourrez le masquer de nouveau par un clic droit sur son onglet).`,
    confirmerOui: "Afficher l'onglet",
    annuler: "Annuler",
  },

  saisie: {
    titre: "Cellules à compléter",
    resteAFaire: (n: number, total: number) =>
      n === 0
        ? "Toutes les cellules à compléter sont renseignées."
        : `${pluriel(n, "cellule reste", "cellules restent")} à compléter sur ${nombre(total)}.`,
    legende: (l: { texte: string; onglet: string; cellule: string; couleur: string } | null) =>
      l
        ? `Cellules de saisie reconnues d'après la légende « ${l.texte} » (onglet « ${l.onglet} », cellule ${l.cellule}, couleur #${l.couleur}) ; les gris et les cellules pré-remplies par l'ARS ne comptent pas.`
        : "Aucune légende des couleurs trouvée : les cellules de saisie sont reconnues à leur bleu pâle ; les gris et les cellules pré-remplies par l'ARS ne comptent pas.",
    surligner: "Surligner les cellules à compléter",
    surlignerAide:
      "Ajoute une mise en forme conditionnelle sur les cellules bleues vides : le surlignage disparaît de lui-même dès qu'une cellule est remplie. Les formats du classeur ne sont pas modifiés.",
    retirer: "Retirer le surlignage",
    surligneEtat: "Le surlignage est actif.",
    navigationTitre: "Aller de cellule en cellule",
    suivante: "Cellule suivante à compléter",
    precedente: "Cellule précédente à compléter",
    raccourcis:
      "Raccourcis du volet : Alt+Flèche bas pour la cellule suivante, Alt+Flèche haut pour la précédente.",
    selectionTitre: "Sélection",
    selectionnerVides: "Sélectionner les cellules vides de cet onglet",
    selectionnerAide: "Sélectionne d'un coup les cellules à compléter de l'onglet actif.",
    ongletActifInconnu:
      "Impossible de savoir quel onglet est actif : cliquez dans une cellule de l'onglet, puis réessayez.",
    ongletNonCompte: (nom: string) =>
      `L'onglet « ${nom} » ne fait pas partie du Diagnostic : aucune cellule à sélectionner.`,
  },

  indicateurs: {
    titre: "Indicateurs calculés",
    aucun:
      "Aucun indicateur n'a pu être calculé : les onglets 2-C, 2-D, 2-E et 2-F n'ont pas été trouvés.",
    autres: "Autres indicateurs",
    nonCalcule: (raison: string) => `Non calculé : ${raison}.`,
    seuils: "Seuils d'alerte",
    seuil: (condition: string, message: string) => `${condition} : ${message}`,
    source: (source: string) => `Source : ${source}`,
    aucunSeuil: "Pas de seuil d'alerte : indicateur descriptif.",
    commentCalcule: "Comment est-ce calculé ?",
    formuleExcel: (f: string) => `Formule Excel équivalente : ${f}`,
    allerEntrees: "Aller aux cellules d'entrée",
    allerEntreesDe: (libelle: string, perimetre: string) =>
      `Aller aux cellules d'entrée de « ${libelle} » (${perimetre})`,
    alerteGravite: { erreur: "Erreur", alerte: "Alerte", info: "Info" },
    compte: (n: number) => pluriel(n, "indicateur"),
    compteAlertes: (n: number, alertes: number) =>
      alertes > 0
        ? `${pluriel(n, "indicateur")}, ${nombre(alertes)} en alerte`
        : pluriel(n, "indicateur"),
    resultat: (n: number, alertes: number) =>
      n === 0
        ? "Aucun indicateur pour ces filtres."
        : `${pluriel(n, "indicateur affiché", "indicateurs affichés")}, dont ${nombre(alertes)} en alerte.`,
    filtres: "Filtrer les indicateurs",
    filtreOnglet: "Onglet",
    filtreEsms: "ESMS ou périmètre",
    filtreAlerte: "En alerte seulement",
    tousOnglets: "Tous les onglets",
    tousEsms: "Tous",
  },

  controles: {
    titre: "Contrôles de cohérence",
    resume: "Constats par gravité",
    gravite: { erreur: "Erreurs", alerte: "Alertes", info: "Informations" },
    graviteUn: { erreur: "Erreur", alerte: "Alerte", info: "Information" },
    filtre: "Afficher",
    relancer: "Relancer les contrôles",
    aucun: "Aucun constat : le classeur passe tous les contrôles.",
    aucunFiltre: "Aucun constat pour les gravités choisies.",
    classeurEntier: "Classeur entier",
    pourquoi: "Pourquoi ?",
    corriger: "Comment corriger ?",
    allerCellule: "Aller à la cellule",
    allerCelluleDe: (message: string) => `Aller à la cellule : ${message}`,
    cellules: (liste: string, reste: number) =>
      reste > 0 ? `Cellules : ${liste} et ${nombre(reste)} autres` : `Cellules : ${liste}`,
    corriges: (n: number) =>
      `${pluriel(n, "constat corrigé", "constats corrigés")} depuis la dernière analyse.`,
    compteGroupe: (n: number) => pluriel(n, "constat"),
  },

  fiches: {
    titre: "Fiches-objectifs (Annexe 4)",
    socle: "Générer les 6 fiches socle",
    socleAide:
      "Ajoute une feuille par objectif socle manquant, la feuille « Suivi des objectifs » et la feuille masquée des listes déroulantes (« Listes des fiches » si le classeur a déjà sa feuille « Listes »). Aucune cellule existante n'est modifiée ; l'annulation (Ctrl+Z) peut ne pas être possible ensuite.",
    nouvelle: "Nouvelle fiche",
    axe: "Axe stratégique",
    intitule: "Intitulé de l'objectif",
    intituleRequis: "Indiquez l'intitulé de l'objectif.",
    esms: "ESMS concernés",
    esmsAide: "Aucun ESMS coché : la fiche concerne tous les ESMS.",
    esmsAucun: "Aucun ESMS trouvé dans l'Annexe 1 : la fiche concernera tous les ESMS.",
    ajouter: "Ajouter la fiche",
    presentes: "Fiches du classeur",
    aucune: "Aucune fiche-objectif dans le classeur pour l'instant.",
    fiche: (numero: string, intitule: string) =>
      intitule ? `Fiche ${numero} — ${intitule}` : `Fiche ${numero}`,
  },
} as const;
