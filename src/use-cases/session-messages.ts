import { ErreurDiagnostic } from "../domain/erreurs/erreur-diagnostic";
import { rendu, type MessageDe } from "../domain/erreurs/gabarit";

/**
 * Les messages de la session du volet (actions en cours, informations, erreurs), en français :
 * la session produit `{ code, params }`, ce rendu seul en fait des phrases.
 */
const FIN_FICHES = " ; aucune cellule existante non vide n'a été modifiée.";
const FEUILLES =
  "{{feuilles}} {{feuilles:feuille ajoutée|feuilles ajoutées}} (fiches, suivi, listes)";
const LIGNES =
  "{{lignes}} {{lignes:ligne ajoutée|lignes ajoutées}} au tableau de suivi existant (dans des cellules vides)";
const SURLIGNE =
  "{{vides}} {{vides:cellule|cellules}} à compléter {{vides:surlignée|surlignées}} ; le surlignage disparaît dès qu'une cellule est remplie.";

export const MESSAGES_SESSION = {
  "action/lecture": "Lecture du classeur",
  "action/mise-a-jour": "Mise à jour",
  "action/surlignage": "Surlignage",
  "action/retrait-surlignage": "Retrait du surlignage",
  "action/navigation": "Navigation",
  "action/selection": "Sélection",
  "action/correction": "Correction du type",
  "action/fiches": "Génération des fiches",
  "action/fiche": "Nouvelle fiche",
  "action/bilan": "Insertion du bilan",
  "lecture/non-lu": "Le classeur n'est pas encore lu : cliquez sur « Actualiser ».",
  "ecriture/non-lu": "Lisez d'abord le classeur (bouton « Actualiser »).",
  "ecriture/relecture-echouee":
    "{{message}}\nMais le classeur n'a pas pu être relu ensuite ({{cause}}) : cliquez sur « Actualiser » avant toute autre opération ; ce qui a été écrit ne sera pas écrit une seconde fois.",
  "suivi/impossible":
    "Les modifications ne seront pas suivies automatiquement ({{cause}}) : utilisez « Actualiser ».",
  "surlignage/fait": SURLIGNE,
  "surlignage/fait-protegees": `${SURLIGNE} Onglets protégés laissés de côté : {{onglets}} (ôtez la protection pour les surligner).`,
  "surlignage/retire": "Surlignage retiré ; aucun autre format n'a été modifié.",
  "navigation/masque-question":
    "L'onglet « {{nom}} » est masqué. L'afficher pour y aller ? Il restera visible (Format › Masquer pour le masquer à nouveau).",
  "navigation/masque-refuse": "L'onglet masqué n'a pas été affiché.",
  "navigation/tout-rempli": "Toutes les cellules à compléter sont remplies.",
  "navigation/onglet-rempli": "Aucune cellule à compléter dans cet onglet.",
  "correction/enregistree": "Type d'onglet enregistré dans le classeur.",
  "fiches/existent": "Les fiches socle existent déjà : rien n'a été ajouté.",
  "fiches/feuilles": `${FEUILLES}${FIN_FICHES}`,
  "fiches/lignes": `${LIGNES}${FIN_FICHES}`,
  "fiches/feuilles-et-lignes": `${FEUILLES} et ${LIGNES}${FIN_FICHES}`,
  "fiche/ajoutee": "Fiche « {{titre}} » ajoutée.",
  "relecture/bilan-insere":
    "Bilan de relecture inséré dans une nouvelle feuille (rien d'autre n'a changé).",
  "erreur/inattendue":
    "Erreur inattendue : {{detail}}. Relancez l'analyse ; si l'erreur persiste, fermez et rouvrez le classeur.",
} as const;

export type MessageSession = MessageDe<typeof MESSAGES_SESSION>;

/** Les codes sans paramètre (actions en cours…). */
export type CodeSimple = {
  [K in MessageSession["code"]]: Extract<MessageSession, { code: K }>["params"] extends Record<
    string,
    never
  >
    ? K
    : never;
}[MessageSession["code"]];

export const rendreSession = rendu(MESSAGES_SESSION);

/** Une erreur de la session pour l'utilisateur (`ErreurDiagnostic`), son texte rendu. */
export function erreurSession(m: MessageSession): ErreurDiagnostic<MessageSession["code"]> {
  return new ErreurDiagnostic(m.code, m.params, rendreSession(m));
}
