/** Textes de la vue « Relecture » (coordonnateurs), en français. */
export const TR = {
  onglet: "Relecture",
  titre: "Relecture du classeur retourné",
  aide: "La même synthèse que « cpom-diagnostic relire », pour ce classeur : ce qu'il faut savoir avant de croire le diagnostic.",
  organisme: "Organisme",
  finess: "FINESS juridique",
  esms: "ESMS",
  erreurs: "Erreurs",
  alertes: "Alertes",
  completude: "Complétude par annexe",
  indicateurs: "Indicateurs clés",
  modifiees: "Valeurs pré-renseignées modifiées",
  lectureEmpreinte: "Lecture de l'empreinte…",
  empreinte: {
    valide:
      "Empreinte présente et intacte : les valeurs pré-renseignées sont comparées à celles envoyées.",
    absente:
      "Ce classeur ne porte pas d'empreinte des valeurs pré-renseignées (envoi non préparé, ou enregistré par un autre tableur) : comparez-le au classeur envoyé avec « cpom-diagnostic relire --reference ».",
    alteree: (raison: string) =>
      `L'empreinte des valeurs pré-renseignées a été modifiée ou abîmée (${raison}) : comparez ce classeur au classeur envoyé.`,
    indisponible:
      "Cette version d'Excel ne permet pas de lire l'empreinte (parties XML personnalisées) : utilisez « cpom-diagnostic relire ».",
  },
  aucuneModifiee: "Aucune valeur pré-renseignée modifiée.",
  modifiee: (envoyee: string, retournee: string) => `envoyée ${envoyee}, retournée ${retournee}`,
  allerA: (cellule: string) => `Aller à ${cellule}`,
  inserer: "Insérer le bilan dans une nouvelle feuille",
  insererAide:
    "Ajoute une feuille « Bilan relecture » (synthèse, valeurs modifiées, constats) ; rien d'autre n'est modifié.",
  titreBilan: (date: string) => `Relecture du Diagnostic CPOM — bilan du ${date}`,
  rienASignaler: "Rien à signaler.",
  nonRenseigne: "—",
} as const;
