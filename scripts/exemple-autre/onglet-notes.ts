/** Onglet de travail ajouté par l'organisme (type inconnu) : notes internes, aucune saisie. */
import { largeurs, libelle } from "./cellules";
import type { Enregistreur } from "./enregistreur";
import { NOMS } from "./onglets";
import { NOTE } from "./styles";

const NOTES: readonly (readonly [string, string, string])[] = [
  ["Relire l'annexe 2-E avec le commissaire aux comptes", "DAF", "28/02/2025"],
  ["Vérifier le FINESS de la SAVS sur finess.sante.gouv.fr", "Qualité", "07/03/2025"],
  ["Faire valider les points d'amélioration par le comité de direction", "DG", "10/03/2025"],
  ["Envoyer le fichier à l'ARS et aux trois Départements", "DG", "14/03/2025"],
];

export function ecrireNotes(r: Enregistreur): void {
  const ws = r.onglet(NOMS.notes, "inconnu");
  largeurs(ws, [2, 60, 14, 14]);
  libelle(ws, "B1", "Notes de travail — préparation du diagnostic CPOM (usage interne)", {
    gras: true,
    taille: 12,
  });
  ["Action", "Responsable", "Échéance"].forEach((t, i) =>
    libelle(ws, `${"BCD"[i]}3`, t, { gras: true, remplissage: NOTE, bordure: true }),
  );
  NOTES.forEach((n, k) =>
    n.forEach((t, i) => libelle(ws, `${"BCD"[i]}${4 + k}`, t, { bordure: true })),
  );
  libelle(ws, "B9", "Rappel : ne pas transmettre cet onglet à l'ARS.", { italique: true });
}
