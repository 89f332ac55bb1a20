import { rendu, type MessageDe } from "../erreurs/gabarit";

/**
 * Les phrases de la garde « rien de perdu » (ADR 0015) : chaque violation est `{ code, params }`,
 * ce rendu seul en fait du français. Le nom de feuille refusé a ses raisons propres
 * (`validerNomDeFeuille`) ; la violation qui le refuse les reprend, sous le même code.
 */
const NOM_VIDE = "le nom de la feuille est vide";
const NOM_TROP_LONG = "le nom « {{nom}} » dépasse {{max}} caractères";
const NOM_INTERDIT = "le nom « {{nom}} » contient un caractère interdit (: \\ / ? * [ ])";
const NOM_APOSTROPHE = "le nom « {{nom}} » commence ou finit par une apostrophe";
const NOM_RESERVE = "le nom « History » est réservé par Excel";

/** Pourquoi un nom de feuille est refusé par Excel. */
export const RAISONS_NOM_FEUILLE = {
  "nom/vide": NOM_VIDE,
  "nom/trop-long": NOM_TROP_LONG,
  "nom/interdit": NOM_INTERDIT,
  "nom/apostrophe": NOM_APOSTROPHE,
  "nom/reserve": NOM_RESERVE,
} as const;

export type RaisonNomFeuille = MessageDe<typeof RAISONS_NOM_FEUILLE>;

export const rendreRaisonNom = rendu(RAISONS_NOM_FEUILLE);

const AJOUT = "Feuille à ajouter : ";
const EXISTANTE = "sur la feuille existante {{feuille}}";

/** Les violations de la garde, et la ligne qui résume celles qui ne sont pas citées. */
export const MESSAGES_GARDE = {
  "nom/vide": `${AJOUT}${NOM_VIDE}.`,
  "nom/trop-long": `${AJOUT}${NOM_TROP_LONG}.`,
  "nom/interdit": `${AJOUT}${NOM_INTERDIT}.`,
  "nom/apostrophe": `${AJOUT}${NOM_APOSTROPHE}.`,
  "nom/reserve": `${AJOUT}${NOM_RESERVE}.`,
  "feuille/existe": "Une feuille « {{nom}} » existe déjà : elle ne sera pas remplacée.",
  "feuille/ajoutee-deux-fois": "La feuille « {{nom}} » est ajoutée deux fois.",
  "feuille/non-ajoutee": "La feuille « {{nom}} » n'est pas ajoutée avant d'être utilisée.",
  "feuille/inconnue": "Feuille inconnue (id {{id}}) : elle a peut-être été supprimée.",
  "ajoutee/sans-marqueur": "Mise en forme conditionnelle sans le marqueur « {{marqueur}} ».",
  "existante/mise-en-page": `Changement de mise en page d'impression ${EXISTANTE} : elle garde la sienne.`,
  "existante/format": `Changement de mise en forme, de fusion ou de validation ${EXISTANTE}.`,
  "existante/surlignage": `Mise en forme conditionnelle ${EXISTANTE} qui n'est pas une règle de surlignage du complément.`,
  "existante/retrait-non-marque":
    "Retrait de mises en forme conditionnelles non marquées « {{marqueur}} » sur {{feuille}}.",
  "cellule/valeur-sur-pleine":
    "La cellule {{feuille}}!{{cellule}} n'est pas vide : elle ne sera pas écrasée.",
  "cellule/formule-sur-pleine":
    "Formule dans la feuille existante {{feuille}} : la cellule {{cellule}} n'est pas vide, elle ne sera pas écrasée.",
  "liste/violation": "- {{message}}",
  "liste/et-autres": "- … et {{autres}} autre(s).",
} as const;

export type MessageGarde = MessageDe<typeof MESSAGES_GARDE>;

/** Une violation de la garde, en données. */
export type ViolationGarde = Exclude<MessageGarde, { code: `liste/${string}` }>;

export const rendreGarde = rendu(MESSAGES_GARDE);

/** Violations citées au plus dans un message ; les autres sont comptées. */
export const VIOLATIONS_CITEES = 5;

/** Les violations rendues, une par ligne (`- …`), les 5 premières seulement, les autres comptées. */
export function listeDesViolations(messages: readonly string[]): string {
  const extrait = messages
    .slice(0, VIOLATIONS_CITEES)
    .map((message) => rendreGarde({ code: "liste/violation", params: { message } }));
  const autres = messages.length - VIOLATIONS_CITEES;
  const reste = autres > 0 ? [rendreGarde({ code: "liste/et-autres", params: { autres } })] : [];
  return [...extrait, ...reste].join("\n");
}
