/**
 * Annexe 2-F « Creton » en FORMAT LONG : deux lignes par établissement (internat, semi-internat),
 * FINESS et nom fusionnés verticalement, orientations en colonnes, totaux de ligne, d'établissement
 * (fusionnés) et de colonne par formule.
 */
import { bandeau, entete, largeurs, libelle } from "./cellules";
import type { Enregistreur } from "./enregistreur";
import { NOMS } from "./onglets";
import { esms } from "./organisme";
import { FORMATS, SAISIE } from "./styles";

const ORIENTATIONS = [
  "ESAT",
  "MAS",
  "FAM / EAM",
  "Foyer de vie / EANM",
  "Autre ou sans orientation",
];
const MESURES = ["esat", "mas", "fam", "foyer de vie", "autre"];
const COLS = ["F", "G", "H", "I", "J"];
const MODES = ["Internat", "Semi-internat"] as const;

type Ligne = readonly (number | undefined)[];
const DONNEES: readonly (readonly [string, Ligne, Ligne])[] = [
  ["ime-calanques", [1, 0, 1, 2, 0], [2, 0, 0, 1, 0]],
  ["itep-mistral", [1, 0, 0, 0, 1], [0, 0, 0, 0, undefined]],
  ["ime-licettu", [0, 5, 4, 4, 0], [1, 0, 1, 0, 0]],
];

const somme = (l: Ligne): number => l.reduce<number>((s, v) => s + (v ?? 0), 0);

export function ecrireCreton(r: Enregistreur): void {
  const ws = r.onglet(NOMS.creton, "creton-2f");
  largeurs(ws, [2, 13, 18, 16, 15, 9, 9, 11, 13, 13, 10, 14]);
  bandeau(ws, "B1:L1", "ANNEXE 2-F — ACTIVITÉ DES PLUS DE 20 ANS EN AMENDEMENT CRETON");
  libelle(
    ws,
    "B2",
    "Nombre de personnes de plus de 20 ans maintenues au titre de l'amendement Creton, situation au 31/12/2024, par mode d'accueil et selon l'orientation CDAPH.",
    { italique: true, fusion: "B2:L2" },
  );
  entete(ws, "B4", "N° FINESS", "B4:B5");
  entete(ws, "C4", "Établissement", "C4:D5");
  entete(ws, "E4", "Mode d'accueil", "E4:E5");
  entete(ws, "F4", "Orientation prononcée par la CDAPH", "F4:J4");
  ORIENTATIONS.forEach((o, i) => entete(ws, `${COLS[i]}5`, o));
  entete(ws, "K4", "Total", "K4:K5");
  entete(ws, "L4", "Total établissement", "L4:L5");
  let l = 6;
  for (const [id, internat, semi] of DONNEES) {
    const e = esms(id);
    r.saisie(ws, `B${l}`, e.finess, {
      remplissage: SAISIE.bleuVert,
      fusion: `B${l}:B${l + 1}`,
      format: FORMATS.texte,
    });
    r.valeur(ws, `B${l}`, { zone: "2f", esms: e.finess, mesure: "n finess geographique" });
    r.saisie(ws, `C${l}`, e.nom, { remplissage: SAISIE.bleuVert, fusion: `C${l}:D${l + 1}` });
    r.valeur(ws, `C${l}`, { zone: "2f", esms: e.finess, mesure: "etablissement" });
    [internat, semi].forEach((valeurs, k) => {
      const ligne = l + k;
      const mode = MODES[k] ?? "";
      libelle(ws, `E${ligne}`, mode, { bordure: true });
      valeurs.forEach((v, i) => {
        const a = `${COLS[i]}${ligne}`;
        r.saisie(ws, a, v, { remplissage: SAISIE.bleuVert, format: FORMATS.entier });
        r.valeur(ws, a, {
          zone: "2f",
          esms: e.finess,
          mesure: MESURES[i] ?? "",
          mode: mode.toLowerCase(),
          exercice: "2024",
        });
      });
      r.calcul(ws, `K${ligne}`, `SUM(F${ligne}:J${ligne})`, somme(valeurs), {
        format: FORMATS.entier,
      });
      r.valeur(ws, `K${ligne}`, {
        zone: "2f",
        esms: e.finess,
        mesure: "total",
        mode: mode.toLowerCase(),
        exercice: "2024",
      });
      if (id === "ime-licettu" && k === 0) {
        r.erreur(ws, `K${ligne}`, {
          famille: "creton",
          controle: "creton/superieur-capacite",
          description:
            "IME U Licettu : 13 jeunes adultes Creton en internat pour 12 places d'internat. Conséquence attendue : creton/taux-eleve (info, 15 Creton pour 38 personnes).",
        });
      }
    });
    r.calcul(ws, `L${l}`, `SUM(K${l}:K${l + 1})`, somme(internat) + somme(semi), {
      format: FORMATS.entier,
      fusion: `L${l}:L${l + 1}`,
      gras: true,
    });
    r.valeur(ws, `L${l}`, {
      zone: "2f",
      esms: e.finess,
      mesure: "total etablissement",
      exercice: "2024",
    });
    l += 2;
  }
  const premiere = 6;
  const derniere = l - 1;
  const totaux: readonly (readonly [string, string | undefined])[] = [
    ["Total internat", "internat"],
    ["Total semi-internat", "semi-internat"],
    ["Total général", undefined],
  ];
  totaux.forEach(([texte, mode], k) => {
    const ligne = l + k;
    libelle(ws, `B${ligne}`, texte, { gras: true, bordure: true, fusion: `B${ligne}:E${ligne}` });
    [...COLS, "K"].forEach((c, i) => {
      const a = `${c}${ligne}`;
      const parLigne = DONNEES.flatMap(([, a1, s1]) =>
        mode === "internat" ? [a1] : mode === "semi-internat" ? [s1] : [a1, s1],
      );
      const valeur = (ls: readonly Ligne[]): number =>
        ls.reduce((s, x) => s + (i < 5 ? (x[i] ?? 0) : somme(x)), 0);
      if (mode) {
        r.calcul(
          ws,
          a,
          `SUMIF($E$${premiere}:$E$${derniere},"${texte.replace("Total ", "").replace(/^./, (x) => x.toUpperCase())}",${c}${premiere}:${c}${derniere})`,
          valeur(parLigne),
          { format: FORMATS.entier, gras: true },
        );
      } else if (c === "H") {
        r.calcul(
          ws,
          a,
          `SUM(H${premiere}:H${derniere - 1})`,
          valeur(parLigne) - (DONNEES[2]?.[2][2] ?? 0),
          { format: FORMATS.entier, gras: true },
        );
        r.erreur(ws, a, {
          famille: "creton",
          controle: "creton/total-incoherent",
          description:
            "Total général FAM : la formule omet la dernière ligne (IME U Licettu, semi-internat).",
        });
      } else {
        r.calcul(ws, a, `SUM(${c}${premiere}:${c}${derniere})`, valeur(parLigne), {
          format: FORMATS.entier,
          gras: true,
        });
      }
      r.valeur(ws, a, {
        zone: "2f",
        esms: null,
        perimetre: "organisme",
        mesure: i < 5 ? (MESURES[i] ?? "") : "total",
        ...(mode ? { mode } : {}),
        exercice: "2024",
      });
    });
  });
  r.zone(
    ws,
    "2f",
    `B4:L${l + 2}`,
    "Jeunes adultes en amendement Creton par établissement et mode d'accueil (format long)",
  );
}
