/** Textes du mode formateur (démonstration, visite guidée) et du glossaire, en français. */
export const TF = {
  formation: "Formation",
  formationAide: "Classeur de démonstration et visite guidée, pour les formateurs",
  demo: "Ouvrir le classeur de démonstration",
  demoExcel:
    "Le classeur de démonstration s'ouvre dans une nouvelle fenêtre d'Excel : ouvrez-y le volet Diagnostic CPOM (onglet Accueil).",
  demoApercu: "Le classeur de démonstration est rechargé dans l'aperçu.",
  demoImpossible:
    "Cette version d'Excel ne sait pas créer un classeur depuis le complément (ExcelApi 1.8) : ouvrez le fichier diagnostic-exemple.xlsx fourni avec le complément.",
  demoEchec: (detail: string) =>
    `Le classeur de démonstration n'a pas pu s'ouvrir (${detail}). Réessayez ; si l'erreur revient, ouvrez le fichier diagnostic-exemple.xlsx fourni avec le complément.`,
  visite: "Visite guidée",
  visiteTitre: (n: number, total: number, titre: string) =>
    `Visite guidée — étape ${n} sur ${total} : ${titre}`,
  precedent: "Précédent",
  suivant: "Suivant",
  terminer: "Terminer la visite",
  passer: "Passer la visite",
  clavier: "Échap pour quitter la visite ; Tab pour aller aux boutons.",

  glossaire: "Glossaire",
  glossaireAide: "Sigles et termes du Diagnostic CPOM, avec leur source",
  glossaireTitre: "Glossaire du Diagnostic CPOM",
  chercher: "Chercher un terme",
  aucunTerme: (q: string) => `Aucun terme ne correspond à « ${q} ».`,
  nbTermes: (n: number) => `${n} ${n > 1 ? "termes" : "terme"}`,
  source: (s: string) => `Source : ${s}`,
  fermer: "Fermer le glossaire",
  voir: "Voir dans le glossaire :",
  voirTerme: (t: string) => `${t} (glossaire)`,
} as const;
