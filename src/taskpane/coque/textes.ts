/** Textes de la coque du volet (en-tête, bandeaux, erreurs) : tout le français de la coque ici. */
export const TEXTES_COQUE = {
  titre: "Diagnostic CPOM",
  chargement: "Connexion à Excel…",
  /** Squelette affiché pendant le chargement d'une partie du volet (morceau chargé à la demande). */
  chargementVolet: "Chargement du volet…",
  chargementVue: "Chargement de la vue…",
  horsExcel: {
    titre: "Hors d'Excel",
    corps:
      "Le volet fonctionne ici hors d'Excel : aucun classeur n'est relié. Pour travailler sur le " +
      "classeur Diagnostic, ouvrez-le dans Excel puis cliquez sur « Diagnostic CPOM » dans l'onglet Accueil.",
  },
  officeIndisponible: {
    titre: "Office indisponible",
    corps:
      "La bibliothèque Office (office.js) n'a pas pu être chargée : le volet ne peut pas joindre " +
      "Excel. Vérifiez l'accès à Internet (appsforoffice.microsoft.com), puis rechargez le volet.",
  },
  apercu: {
    titre: "Aperçu dans le navigateur",
    corps:
      "le volet travaille sur un classeur d'exemple simulé ; rien n'est enregistré dans un vrai fichier.",
  },
  erreurAffichage: {
    titre: "Erreur inattendue",
    corps:
      "Cette partie du volet n'a pas pu s'afficher. Cliquez sur « Réessayer » ; si l'erreur " +
      "revient, fermez puis rouvrez le volet.",
    reessayer: "Réessayer",
  },
  erreurOperation: {
    titre: "Opération interrompue",
    corps: "Une opération a échoué. Réessayez ; si l'erreur revient, fermez puis rouvrez le volet.",
    fermer: "Fermer le message",
  },
  detail: "Détail : ",
} as const;
