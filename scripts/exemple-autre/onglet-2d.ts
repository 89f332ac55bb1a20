/**
 * Annexe 2-D « Indic. compl. » : UN BLOC PAR INDICATEUR (titre, définition des termes, puis une
 * ligne par ESMS : FINESS, nom, numérateur, dénominateur, taux par formule de trois styles), puis un
 * tableau secteur / catégorie / organisme.
 */
import type ExcelJS from "exceljs";
import { bandeau, entete, largeurs, libelle, ligneThematique } from "./cellules";
import { AGREGES, formuleTaux } from "./donnees-2d-agreges";
import { BLOCS, type BlocIndicateur } from "./donnees-2d";
import type { Enregistreur, Valeur } from "./enregistreur";
import { NOMS } from "./onglets";
import { esms } from "./organisme";
import { FORMATS, SAISIE } from "./styles";

const FORMAT_RESULTAT = {
  pourcent: FORMATS.pourcent,
  jours: FORMATS.jours,
  ratio: "0.00",
} as const;

function terme(
  r: Enregistreur,
  ws: ExcelJS.Worksheet,
  addr: string,
  v: Valeur | undefined,
  meta: { zone: string; esms: string | null; perimetre?: string; mesure: string },
): void {
  r.saisie(ws, addr, v, { remplissage: SAISIE.accent1, format: FORMATS.entier });
  r.valeur(ws, addr, { ...meta, exercice: "2024" });
}

function bloc(
  r: Enregistreur,
  ws: ExcelJS.Worksheet,
  b: BlocIndicateur,
  n: number,
  debut: number,
): number {
  const zone = `2d/${b.id}`;
  ligneThematique(ws, `B${debut}:F${debut}`, `Indicateur ${n} — ${b.titre}`);
  libelle(ws, `B${debut + 1}`, `Numérateur : ${b.numerateur}`, {
    italique: true,
    fusion: `B${debut + 1}:F${debut + 1}`,
  });
  libelle(ws, `B${debut + 2}`, `Dénominateur : ${b.denominateur}`, {
    italique: true,
    fusion: `B${debut + 2}:F${debut + 2}`,
  });
  const h = debut + 3;
  [
    "N° FINESS",
    "Établissement ou service",
    "Numérateur",
    "Dénominateur",
    b.colonneResultat,
  ].forEach((t, i) => entete(ws, `${"BCDEF"[i]}${h}`, t));
  let l = h + 1;
  for (const [id, num, den] of b.lignes) {
    const e = esms(id);
    r.preRempli(ws, `B${l}`, e.finess, { format: FORMATS.texte });
    r.preRempli(ws, `C${l}`, e.nom);
    terme(r, ws, `D${l}`, num, { zone, esms: e.finess, mesure: "numerateur" });
    terme(r, ws, `E${l}`, den, { zone, esms: e.finess, mesure: "denominateur" });
    const f = formuleTaux(b.style, `D${l}`, `E${l}`, num, den);
    r.calcul(ws, `F${l}`, f.formule, f.resultat, { format: FORMAT_RESULTAT[b.format] });
    r.valeur(ws, `F${l}`, {
      zone,
      esms: e.finess,
      mesure: b.format === "jours" ? "delai moyen" : "taux",
      exercice: "2024",
    });
    if (b.id === "pp-reactualise" && id === "itep-mistral") {
      r.erreur(ws, `D${l}`, {
        famille: "complementaires",
        controle: "complementaires/numerateur-superieur",
        description: "ITEP Le Mistral : 37 PP réactualisés pour 35 personnes accompagnées.",
      });
    }
    l += 1;
  }
  r.zone(ws, zone, `B${debut}:F${l - 1}`, b.titre);
  return l + 1;
}

function agreges(r: Enregistreur, ws: ExcelJS.Worksheet, debut: number): void {
  ligneThematique(
    ws,
    `B${debut}:G${debut}`,
    "Indicateurs par secteur, par catégorie d'ESMS et pour l'organisme gestionnaire",
  );
  const h = debut + 1;
  entete(ws, `B${h}`, "Indicateur", `B${h}:C${h}`);
  ["Périmètre", "Numérateur", "Dénominateur", "Résultat"].forEach((t, i) =>
    entete(ws, `${"DEFG"[i]}${h}`, t),
  );
  let l = h + 1;
  for (const a of AGREGES) {
    const zone = `2d/${a.id}`;
    libelle(ws, `B${l}`, a.titre, { bordure: true, fusion: `B${l}:C${l}` });
    libelle(ws, `D${l}`, a.perimetre, { bordure: true });
    terme(r, ws, `E${l}`, a.num, { zone, esms: null, perimetre: a.cle, mesure: "numerateur" });
    terme(r, ws, `F${l}`, a.den, { zone, esms: null, perimetre: a.cle, mesure: "denominateur" });
    const f = formuleTaux(a.style, `E${l}`, `F${l}`, a.num, a.den);
    r.calcul(ws, `G${l}`, f.formule, f.resultat, { format: FORMAT_RESULTAT[a.format] });
    r.valeur(ws, `G${l}`, {
      zone,
      esms: null,
      perimetre: a.cle,
      mesure: a.format === "ratio" ? "ratio" : "taux",
      exercice: "2024",
    });
    r.zone(ws, zone, `B${l}:G${l}`, a.titre);
    l += 1;
  }
  r.zone(
    ws,
    "2d/agreges",
    `B${debut}:G${l - 1}`,
    "Tableau des indicateurs par secteur, catégorie et organisme",
  );
}

export function ecrireComplementaires(r: Enregistreur): void {
  const ws = r.onglet(NOMS.compl, "complementaires-2d");
  largeurs(ws, [2, 13, 34, 16, 14, 14, 12]);
  bandeau(
    ws,
    "B1:G1",
    "ANNEXE 2-D — INDICATEURS COMPLÉMENTAIRES (exercice 2024, situation au 31/12/2024)",
  );
  libelle(
    ws,
    "B2",
    "Saisissez le numérateur et le dénominateur ; le résultat est calculé. Un délai ou un rapport à la capacité peut dépasser 100 %.",
    { italique: true, fusion: "B2:G2" },
  );
  let l = 4;
  BLOCS.forEach((b, i) => (l = bloc(r, ws, b, i + 1, l)));
  agreges(r, ws, l);
}
