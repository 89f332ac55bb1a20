import type { GatewayErrorCode } from "../port";

/**
 * Codes d'erreur d'Office.js que le complément peut rencontrer → code de passerelle et message
 * français : ce qui s'est passé, puis quoi faire (officejs-notes §12 ; liste `Excel.ErrorCodes`
 * et `OfficeExtension.ErrorCodes` de la référence). Chaque ligne est testée par injection dans
 * l'hôte simulé (test/gateway/office/erreurs-office.test.ts).
 */

const ACTUALISER = "cliquez sur « Actualiser », puis réessayez";
const SIGNALER =
  "si l'erreur persiste, notez le détail technique (journal du volet) et signalez-la";
const METTRE_A_JOUR =
  "mettez Excel à jour (Fichier › Compte › Options de mise à jour) ou utilisez Excel pour le web";
const VOLUMINEUX =
  "Classeur trop volumineux pour être lu ou écrit en une fois (Excel pour le web limite chaque échange à 5 Mo) : réessayez ; si l'erreur persiste, ouvrez le classeur dans Excel pour Windows ou Mac.";
const INTERNE = `Erreur interne du complément : rechargez le volet (fermez-le puis rouvrez-le) ; ${SIGNALER}.`;

export const MESSAGES_ERREURS: Readonly<Record<string, readonly [GatewayErrorCode, string]>> = {
  ItemNotFound: [
    "ItemNotFound",
    "L'onglet a été renommé ou supprimé ; relancez l'analyse (bouton « Actualiser »), puis réessayez.",
  ],
  ItemAlreadyExists: [
    "ItemAlreadyExists",
    "Une feuille porte déjà ce nom : choisissez-en un autre ou renommez la feuille existante.",
  ],
  InvalidArgument: [
    "InvalidArgument",
    `Opération refusée par Excel (paramètre invalide) : ${ACTUALISER} ; ${SIGNALER}.`,
  ],
  InvalidReference: [
    "InvalidArgument",
    `Une référence n'est plus valide (onglet renommé ou plage déplacée ?) : ${ACTUALISER}.`,
  ],
  InvalidOperation: [
    "InvalidArgument",
    `Opération refusée par Excel dans l'état actuel du classeur (feuille masquée, filtre, sélection…) : ${ACTUALISER}.`,
  ],
  InvalidSelection: [
    "InvalidArgument",
    "La sélection actuelle empêche l'opération (un graphique ou une forme est sélectionné ?) : cliquez dans une cellule, puis réessayez.",
  ],
  MergedRangeConflict: [
    "InvalidArgument",
    "Des cellules fusionnées empêchent l'opération : annulez la fusion de ces cellules (Accueil › Fusionner et centrer), puis réessayez.",
  ],
  FilteredRangeConflict: [
    "InvalidArgument",
    "Un filtre actif empêche l'opération : effacez le filtre (Données › Effacer), puis réessayez.",
  ],
  NonBlankCellOffSheet: [
    "InvalidArgument",
    "Excel ne peut pas décaler des cellules non vides hors de la feuille : libérez les dernières lignes ou colonnes, puis réessayez.",
  ],
  FormulaLengthExceedsLimit: [
    "InvalidArgument",
    `Une formule dépasse la longueur permise par Excel : rien n'a été écrit ; ${SIGNALER}.`,
  ],
  AccessDenied: [
    "AccessDenied",
    "Cette feuille (ou le classeur) est protégée : l'opération n'est pas possible. Retirez la protection (Révision › Ôter la protection) puis réessayez.",
  ],
  InvalidOperationInCellEditMode: [
    "InvalidOperationInCellEditMode",
    "Terminez la saisie en cours (Entrée), puis réessayez.",
  ],
  EditModeCannotAcquireLock: [
    "Busy",
    "Excel est occupé (saisie en cours, boîte de dialogue ouverte ou classeur verrouillé par un autre utilisateur) : terminez la saisie, fermez les boîtes de dialogue, puis réessayez.",
  ],
  ActivityLimitReached: [
    "Busy",
    "Trop d'opérations en peu de temps : patientez quelques secondes, puis réessayez.",
  ],
  RequestAborted: [
    "Busy",
    "La demande à Excel a été interrompue (connexion coupée ou classeur fermé) : réessayez.",
  ],
  ConnectionFailure: [
    "Busy",
    "La connexion avec Excel a été perdue : vérifiez la connexion réseau, rechargez le volet, puis réessayez.",
  ],
  InactiveWorkbook: [
    "Busy",
    "Le classeur n'est plus le classeur actif : revenez dans sa fenêtre, puis réessayez.",
  ],
  Conflict: [
    "Conflict",
    `Le classeur a été modifié au même moment (co-édition ou autre complément) : ${ACTUALISER}.`,
  ],
  InsertDeleteConflict: [
    "Conflict",
    `Des lignes ou des colonnes ont été insérées ou supprimées pendant l'opération : ${ACTUALISER}.`,
  ],
  RequestPayloadSizeLimitExceeded: ["PayloadTooLarge", VOLUMINEUX],
  ResponsePayloadSizeLimitExceeded: ["PayloadTooLarge", VOLUMINEUX],
  OperationCellsExceedLimit: ["PayloadTooLarge", VOLUMINEUX],
  GeneralException: [
    "PayloadTooLarge",
    "Excel a rencontré une erreur interne (souvent un lot trop volumineux) : réessayez ; si l'erreur persiste, fermez et rouvrez le classeur.",
  ],
  RangeExceedsLimit: [
    "RangeExceedsLimit",
    "Plage utilisée démesurée (mise en forme de colonnes entières) : effacez les formats des lignes et colonnes inutilisées, puis réessayez.",
  ],
  ApiNotFound: [
    "ApiNotFound",
    `Cette version d'Excel ne propose pas une fonction nécessaire : ${METTRE_A_JOUR}.`,
  ],
  NotImplemented: [
    "ApiNotFound",
    `Cette version d'Excel ne permet pas cette opération : ${METTRE_A_JOUR}.`,
  ],
  UnsupportedOperation: [
    "ApiNotFound",
    `Cette version d'Excel ne permet pas cette opération : ${METTRE_A_JOUR}.`,
  ],
  UnsupportedFeature: [
    "ApiNotFound",
    `Cette version d'Excel ne permet pas cette opération : ${METTRE_A_JOUR}.`,
  ],
  PropertyNotLoaded: ["Unknown", INTERNE],
  ValueNotLoaded: ["Unknown", INTERNE],
  InvalidObjectPath: ["Unknown", INTERNE],
  InvalidRequestContext: ["Unknown", INTERNE],
  RunMustReturnPromise: ["Unknown", INTERNE],
};

export const MESSAGE_INATTENDU = `Excel a refusé l'opération pour une raison inattendue : réessayez ; ${SIGNALER}.`;
