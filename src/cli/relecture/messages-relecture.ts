import { rendu, type MessageDe } from "../../domain/erreurs/gabarit";

/**
 * Les messages de `relire` et de `preparer` (refus, bilans, sortie texte, progression, constats
 * d'empreinte, phrases des rapports HTML et XLSX), en français : un seul rendu (ADR 0015). Les
 * libellés des rapports (en-têtes de colonnes, titres de tableaux) restent dans leurs fichiers.
 */
export const MESSAGES_RELECTURE = {
  "commande/erreur": "cpom-diagnostic : {{message}}\n",
  "relire/aucun-retour":
    "cpom-diagnostic : aucun classeur .xlsx ou .xlsm dans les dossiers indiqués.\n",
  "relire/aucune-reference":
    "cpom-diagnostic : aucun classeur envoyé (.xlsx, .xlsm) dans --reference.\n",
  "rapport/titre": "Relecture des Diagnostics CPOM — bilan du {{date}}",
  "rapport/cree": "Rapport créé : « {{rapport}} »\n",
  "sortie/lu":
    "La sortie « {{sortie}} » est un classeur lu (« {{lu}} ») : un classeur lu n'est jamais réécrit. Indiquez un autre nom avec {{option}}.",
  "sortie/existe":
    "Le fichier « {{sortie}} » existe déjà : il n'est jamais écrasé. Choisissez un autre nom, ou déplacez l'ancien fichier.",
  "sortie/dossier":
    "Le dossier de « {{sortie}} » n'existe pas : créez-le, ou indiquez un autre chemin avec {{option}}.",
  "preparer/extension":
    "cpom-diagnostic : la copie « {{sortie}} » doit avoir l'extension du classeur envoyé ({{extension}}) : c'est le même classeur, avec son empreinte.\n",
  "preparer/empreinte-vide":
    "cpom-diagnostic : attention, aucune valeur pré-renseignée trouvée (onglets 2-B, 2-C, 2-G…) : l'empreinte est vide.\n",
  "preparer/bilan":
    "Copie créée : « {{sortie}} »\n  Empreinte de {{nombre}} valeur(s) pré-renseignée(s) ajoutée (partie XML personnalisée).\n  Envoyez cette copie ; « cpom-diagnostic relire » vérifiera le retour sans le classeur envoyé.\n  Le classeur « {{envoi}} » n'a pas été modifié.\n",
  "empreinte/alteree":
    "L'empreinte des valeurs pré-renseignées a été modifiée ou abîmée ({{raison}}).",
  "empreinte/alteree-correction":
    "Comparez ce classeur au classeur envoyé (--reference) ; demandez à l'organisme de repartir du classeur envoyé.",
  "empreinte/absente":
    "Le classeur ne porte pas d'empreinte des valeurs pré-renseignées et aucun classeur envoyé ne lui correspond : les valeurs pré-renseignées n'ont pas pu être vérifiées.",
  "empreinte/absente-correction":
    "Indiquez le classeur envoyé avec --reference, ou préparez les prochains envois avec « cpom-diagnostic preparer ».",
  "empreinte/partie-illisible": "partie illisible ({{detail}})",
  "texte/fichier": "■ {{fichier}}",
  "texte/fichier-organisme": "■ {{fichier}} — {{organisme}}",
  "texte/priorite": "  {{priorite}}",
  "texte/priorite-motifs": "  {{priorite}} : {{motifs}}",
  "texte/illisible": "  {{raison}}",
  "texte/reference": "  Référence : {{reference}}",
  "texte/sans-reference": "  Référence : aucune (empreinte {{empreinte}})",
  "texte/modifiee":
    "    - {{onglet}}!{{cellule}} {{esms}} — {{mesure}} : {{reference}} → {{valeur}}",
  "texte/autres-modifiees": "    … et {{autres}} autre(s) (--json ou --rapport pour tout voir)",
  "texte/bilan":
    "Bilan : {{fichiers}} fichier(s), dont {{illisibles}} illisible(s) et {{appeler}} à appeler ; {{modifiees}} valeur(s) pré-renseignée(s) modifiée(s) ; {{erreurs}} erreur(s), {{alertes}} alerte(s), {{infos}} info(s).\n",
  "barre/minutes": "{{minutes}} min {{secondes}} s",
  "barre/secondes": "{{secondes}} s",
  "barre/ligne": "{{barre}} {{faits}}/{{total}} — {{fichier}}",
  "barre/ligne-estimee": "{{barre}} {{faits}}/{{total}}, reste ≈ {{restant}} — {{fichier}}",
  "barre/fin": "{{total}} fichier(s) relu(s) en {{secondes}} s.\n",
  "rapport/html-chapeau":
    "{{classeurs}} classeur(s) relu(s), ceux à appeler d'abord. Les couleurs sont des repères de lecture ; le texte de chaque case fait foi.",
  "rapport/xlsx-chapeau":
    "{{classeurs}} classeur(s) relu(s) ; ceux à appeler d'abord. Valeurs pré-renseignées : comparées au classeur envoyé ou à l'empreinte.",
  "rapport/html-aucune-modifiee": "Aucune valeur pré-renseignée modifiée.",
  "rapport/html-non-verifiees":
    "Valeurs pré-renseignées non vérifiées (ni classeur envoyé, ni empreinte).",
  "rapport/xlsx-aucune-modifiee": "Aucune.",
  "rapport/xlsx-non-verifiees": "Non vérifiées (ni classeur envoyé, ni empreinte).",
  "rapport/modifiees": "Valeurs pré-renseignées modifiées ({{nombre}})",
  "rapport/constats": "Constats ({{nombre}})",
  "rapport/aucun-constat": "Aucun constat.",
  "rapport/rien-a-signaler": "rien à signaler",
  "rapport/organisme-non-renseigne": "(non renseigné)",
} as const;

export type MessageRelecture = MessageDe<typeof MESSAGES_RELECTURE>;

export const rendreRelecture = rendu(MESSAGES_RELECTURE);
