/**
 * Annexe 2-G « Indicateurs départementaux » : ESMS de compétence du Département regroupés par
 * département (lignes de sous-titre), prix de journée pré-remplis par le Département (gris), autres
 * indicateurs à saisir (thème accent 5, plus clair 60 %).
 */
import { bandeau, entete, largeurs, libelle, ligneThematique } from "./cellules";
import { normaliser, type Enregistreur, type Valeur } from "./enregistreur";
import { NOMS } from "./onglets";
import { esms } from "./organisme";
import { FORMATS, SAISIE } from "./styles";

const SO = "sans objet";

const COLONNES = [
  ["Taux d'occupation de l'hébergement", FORMATS.pourcent],
  ["Bénéficiaires de l'aide sociale à l'hébergement", FORMATS.entier],
  ["Part des personnes originaires du département", FORMATS.pourcent],
  ["Personnes de 60 ans et plus", FORMATS.entier],
  ["Durée moyenne de séjour (années)", FORMATS.decimal],
  ["Personnes en liste d'attente", FORMATS.entier],
  ["Prix de journée 2024 (arrêté du Département)", '#,##0.00 "€"'],
] as const;

const GROUPES: readonly (readonly [
  string,
  readonly (readonly [string, readonly (Valeur | undefined)[]])[],
])[] = [
  [
    "Département des Bouches-du-Rhône (13)",
    [["fam-restanque", [0.957, 18, 0.83, 2, 6.4, 38, 182.4]]],
  ],
  [
    "Département du Var (83)",
    [
      ["fv-pin", [0.968, 24, 0.89, 5, 9.1, 9, 158.75]],
      ["savs-var", [SO, SO, 0.95, 3, 4.2, 11, 24.1]],
    ],
  ],
  [
    "Collectivité de Corse — Corse-du-Sud (2A)",
    [
      ["fh-casa", [0.944, 16, 0.94, 0, 7.8, undefined, 131.2]],
      ["samsah-ponte", [SO, SO, 0.9, 1, 2.9, 6, 46.8]],
    ],
  ],
];

export function ecrireDepartementaux(r: Enregistreur): void {
  const ws = r.onglet(NOMS.departementaux, "departementaux-2g");
  largeurs(ws, [2, 13, 30, ...COLONNES.map(() => 15)]);
  bandeau(ws, "B1:J1", "ANNEXE 2-G — INDICATEURS DÉPARTEMENTAUX (ESMS relevant du Département)");
  libelle(
    ws,
    "B2",
    "Indicateurs demandés par les Départements pour les ESMS de leur compétence ; prix de journée pré-remplis par le Département.",
    { italique: true, fusion: "B2:J2" },
  );
  entete(ws, "B4", "N° FINESS");
  entete(ws, "C4", "Établissement ou service");
  COLONNES.forEach(([t], i) => entete(ws, `${"DEFGHIJ"[i]}4`, t));
  ws.getRow(4).height = 48;
  let l = 5;
  for (const [titre, lignes] of GROUPES) {
    ligneThematique(ws, `B${l}:J${l}`, titre);
    l += 1;
    for (const [id, valeurs] of lignes) {
      const e = esms(id);
      r.preRempli(ws, `B${l}`, e.finess, { format: FORMATS.texte });
      r.preRempli(ws, `C${l}`, e.nom);
      COLONNES.forEach(([t, format], i) => {
        const a = `${"DEFGHIJ"[i]}${l}`;
        const v = valeurs[i];
        if (i === 6 || v === SO) r.preRempli(ws, a, v ?? "", { format });
        else r.saisie(ws, a, v, { remplissage: SAISIE.accent5, format });
        r.valeur(ws, a, { zone: "2g", esms: e.finess, mesure: normaliser(t), exercice: "2024" });
      });
      l += 1;
    }
  }
  r.zone(ws, "2g", `B4:J${l - 1}`, "Indicateurs départementaux par ESMS, groupés par département");
}
