import { rendu, type MessageDe } from "../erreurs/gabarit";

/**
 * Les phrases que les indicateurs écrivent au calcul (issue 17, ADR 0015 et 0024), en français :
 * alertes de seuil, raisons d'une valeur non calculée, explication d'un résultat, écarts de
 * formules. Le moteur et la vérification produisent `{ code, params }` ; `rendreIndicateur` seul
 * en fait des phrases. Les libellés déclarés (intitulé, formule en mots, condition et
 * signification d'un seuil) sont des données de la déclaration : ils entrent ici en paramètres.
 */

const REMPLACEE =
  " : formule remplacée par une valeur tapée. Calcul attendu pour {{indicateur}} ({{perimetre}}) : {{calcul}}.";

export const MESSAGES_INDICATEURS = {
  "alerte/seuil": "{{indicateur}} {{condition}} : {{signification}}",
  "raison/donnee-manquante": "une donnée n'est pas renseignée",
  "raison/denominateur-nul": "le dénominateur vaut zéro",
  "raison/texte-non-numerique": "une donnée contient un texte qui n'est pas un nombre",
  "raison/valeur-erreur": "une donnée contient une valeur d'erreur",
  "raison/non-applicable": "l'indicateur n'a pas de sens ici",
  "explication/calcul":
    "{{indicateur}} ({{perimetre}}) = {{formule}}{{avec}} → {{resultat}}{{notes}}.",
  "explication/avec": " ; avec {{entrees}}",
  "explication/notes": " ({{notes}})",
  "explication/entree": "{{libelle}} = {{valeur}}",
  "explication/entree-lue-dans-texte": "{{libelle}} = {{valeur}} (lu dans le texte « {{texte}} »)",
  "explication/entree-vide": "vide",
  "explication/entree-texte": "« {{texte}} »",
  "explication/non-calcule": "non calculé : {{raison}}",
  "explication/vides-ignorees": "{{vides}} cellule(s) vide(s) ignorée(s), comme SOMME",
  "ecart/texte-dans-nombre":
    "{{cellule}} contient du texte (« {{texte}} ») lu comme {{nombre}} ; les formules du classeur l'ignorent.",
  "ecart/formule-remplacee-vide": `La cellule {{cellule}} devrait être calculée mais est vide${REMPLACEE}`,
  "ecart/formule-remplacee-saisie": `La cellule {{cellule}} devrait être calculée mais contient une valeur saisie ({{valeur}})${REMPLACEE}`,
  "ecart/formule-perimee":
    "Formule incohérente ou non recalculée : {{indicateur}} ({{perimetre}}) vaut {{cache}} dans le classeur ({{cellule}}) mais {{calcul}} d'après les données saisies.",
  "ecart/non-calculable": "non calculable",
  "ecart/cache-vide": "vide",
} as const;

export type MessageIndicateur = MessageDe<typeof MESSAGES_INDICATEURS>;
export type CodeIndicateur = MessageIndicateur["code"];

/** Le message du code `K` (code et paramètres typés d'après son gabarit). */
export type MessageDuCode<K extends CodeIndicateur> = Extract<MessageIndicateur, { code: K }>;

/** Le rendu français unique des messages des indicateurs. */
export const rendreIndicateur: (m: MessageIndicateur) => string = rendu(MESSAGES_INDICATEURS);
