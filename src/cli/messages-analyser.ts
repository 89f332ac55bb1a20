import { rendu, type MessageDe } from "../domain/erreurs/gabarit";

/**
 * La sortie texte d'`analyser` (résumé d'un fichier, bilan du lot, progression), en français : un
 * seul rendu (ADR 0015). Les nombres arrivent déjà écrits à la française (`nombre`, `total`…) ;
 * `n` et `i` décident seulement du pluriel.
 */
export const MESSAGES_ANALYSER = {
  "compte/erreurs": "{{nombre}} {{n:erreur|erreurs}}",
  "compte/alertes": "{{nombre}} {{n:alerte|alertes}}",
  "compte/infos": "{{nombre}} {{n:info|infos}}",
  "compte/gravite": "{{comptes}} (--gravite {{gravite}})",
  "lieu/classeur": "classeur",
  "lieu/onglet": "onglet {{onglet}}",
  "lieu/cellules": "{{onglet}}!{{cellules}}",
  "lieu/cellules-et-autres": "{{onglet}}!{{cellules}} (+{{autres}})",
  "constats/erreurs": "  Erreurs :",
  "constats/alertes": "  Alertes :",
  "constats/infos": "  Informations :",
  "constat/message": "    - {{lieu}} : {{message}}",
  "constat/correction": "      Correction : {{correction}}",
  "onglets/reconnus": "  Onglets reconnus : {{reconnus}} sur {{total}}",
  "onglets/reconnus-noms": "  Onglets reconnus : {{reconnus}} sur {{total}} ({{noms}})",
  "onglets/non-reconnus": "  Onglets non reconnus : {{noms}}",
  "onglets/masques": "  Onglets masqués : {{noms}}",
  "onglets/nom": "« {{nom}} »",
  "saisie/aucune": "  Saisie : aucune cellule de saisie (bleue) repérée",
  "saisie/remplies":
    "  Saisie : {{remplies}} cellules renseignées sur {{total}} {{n:cellule|cellules}} de saisie ({{part}})",
  "fichier/illisible": "■ {{fichier}} — illisible\n  {{message}}\n\n",
  "fichier/titre": "■ {{fichier}}",
  "fichier/lecture": "  Lecture : {{avertissement}}",
  "fichier/non-reconnu": "  {{pourquoi}}",
  "fichier/indicateurs": "  Indicateurs : {{calcules}} calculés sur {{total}}",
  "fichier/constats": "  Constats : {{comptes}}",
  "fichier/non-detailles":
    "  (alertes et infos non détaillées : ajoutez --gravite info pour les lister, ou --json)",
  "bilan/lot": "Bilan : {{fichiers}} {{n:fichier|fichiers}} ; {{comptes}}.\n",
  "bilan/lot-illisibles":
    "Bilan : {{fichiers}} {{n:fichier|fichiers}}, dont {{illisibles}} {{i:illisible|illisibles}} ; {{comptes}}.\n",
  "progression/debut": "[{{rang}}/{{total}}] Analyse de « {{fichier}} »…\n",
  "progression/fin": "{{total}} fichiers analysés en {{secondes}} s.\n",
} as const;

export type MessageAnalyser = MessageDe<typeof MESSAGES_ANALYSER>;

export const rendreAnalyser = rendu(MESSAGES_ANALYSER);
