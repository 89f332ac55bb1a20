import { formaterNombre } from "../taskpane/nombres";

/** Textes de la page d'aperçu (classeur simulé à côté du volet), en français. */
export const TA = {
  classeur: "Classeur simulé",
  chargement: "Chargement du classeur d'exemple…",
  introuvable: (statut: number) =>
    `Le classeur d'exemple n'a pas été trouvé (réponse ${statut}) : lancez « npm run exemple » puis « tsx scripts/apercu/instantane.ts », ou « npm run build », puis rechargez la page.`,
  illisible: (detail: string) =>
    `Le classeur d'exemple n'a pas pu être chargé (${detail}) : régénérez-le (« npm run exemple » puis « tsx scripts/apercu/instantane.ts ») et rechargez la page.`,
  erreurTitre: "Aperçu indisponible",
  feuilles: "Feuilles du classeur",
  feuilleActive: (nom: string) => `Feuille « ${nom} »`,
  grille: (nom: string) => `Cellules de la feuille « ${nom} »`,
  grilleAttente: "Affichage des cellules après la lecture du classeur par le volet…",
  selection: (adresses: string) => `Sélection : ${adresses}`,
  aucuneSelection: "Aucune cellule sélectionnée",
  saisieTitre: "Saisir une valeur",
  cellule: "Cellule",
  valeur: "Valeur",
  valider: "Valider la saisie",
  celluleInvalide: (a: string) => `« ${a} » n'est pas une adresse de cellule (exemple : B12).`,
  saisieFaite: (a: string) => `Valeur saisie en ${a}.`,
  vrai: "VRAI",
  faux: "FAUX",
  coin: "Ligne / colonne",
  ouvrir: "Ouvrir un classeur…",
  ouvrirAide:
    "Fichier .xlsx ou .xlsm, lu dans ce navigateur seulement : rien n'est envoyé. Vous pouvez aussi le déposer sur la grille.",
  exemples: "Classeur d'exemple",
  exempleChoisir: "Choisir un exemple…",
  classeurOuvert: (nom: string) => `Classeur ouvert : ${nom}`,
  ouverture: (nom: string) => `Ouverture de « ${nom} »…`,
  ouvertureImpossible: "Le classeur n'a pas pu être ouvert",
  deposer: "Déposez le classeur ici pour l'ouvrir",
  avertissements: "Lecture corrigée",
  editer: (a: string) =>
    `Cellule ${a} : Entrée ou F2 pour saisir une valeur, flèches pour se déplacer.`,
  mesure: (syncs: number, ms: number, partielle: boolean) =>
    `Dernière lecture ${partielle ? "partielle " : ""}par le volet : ${syncs} aller${syncs > 1 ? "s" : ""}-retour${syncs > 1 ? "s" : ""} avec Excel (sync), ${formaterNombre(ms)} ms.`,
} as const;
