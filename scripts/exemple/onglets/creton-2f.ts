import type ExcelJS from "exceljs";
import { tirage } from "../aleatoire";
import { a1, ENTETE, lettre, Page, type Contexte, type Valeur } from "../contexte";
import { ANNEE, type Esms } from "../organisme";
import { BLEUS, COULEURS, FORMATS, miseEnPage, police } from "../styles";
import { somme } from "./calculs";

/**
 * Annexe 2-F — jeunes adultes maintenus au titre de l'amendement Creton, par établissement pour
 * enfants (lignes pré-remplies par l'ARS), mode d'accueil et orientation (cellules bleues).
 */

export const MODES = ["internat", "semi-internat"] as const;
export const ORIENTATIONS = ["esat", "mas", "fam", "foyer-de-vie"] as const;
const LIBELLES_ORIENTATION = {
  esat: "ESAT",
  mas: "MAS",
  fam: "FAM",
  "foyer-de-vie": "Foyer de vie",
};

export type Colonne2F = `${(typeof MODES)[number]}.${(typeof ORIENTATIONS)[number]}`;
export const COLONNES_2F: readonly Colonne2F[] = MODES.flatMap((m) =>
  ORIENTATIONS.map((o) => `${m}.${o}` as Colonne2F),
);

/** Nombre de Creton de l'exemple complet, par établissement et colonne (quelques unités). */
export function cretonComplet(e: Esms): Record<Colonne2F, number> {
  const t = tirage(`2f/${e.finess}`);
  const out = Object.fromEntries(COLONNES_2F.map((c) => [c, 0])) as Record<Colonne2F, number>;
  const n = e.categorie === "IME" ? 3 : e.categorie === "IEM" ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const internat = e.internat > 0 && t.si(0.6);
    const orientation = t.parmi(ORIENTATIONS);
    out[`${internat ? "internat" : "semi-internat"}.${orientation}`] += 1;
  }
  return out;
}

export interface LigneCretonEcrite {
  readonly finess: string;
  readonly nom: string;
  readonly valeurs: Readonly<Record<Colonne2F, Valeur>>;
}

export function ecrireCreton(
  ctx: Contexte,
  wb: ExcelJS.Workbook,
  esms: readonly Esms[],
  /** Lignes ajoutées par l'organisme (variante « erreurs » : un ESMS pour adultes). */
  ajouts: readonly Esms[] = [],
): LigneCretonEcrite[] {
  const ws = wb.addWorksheet("2-F Creton", {
    views: [{ showGridLines: false, state: "frozen", xSplit: 2, ySplit: 6 }],
    properties: { tabColor: { argb: "FF2E75B6" } },
  });
  const p = new Page(ctx, ws);
  p.largeurs([13, 36, ...COLONNES_2F.map(() => 11), 11]);
  const fin = lettre(3 + COLONNES_2F.length);
  p.bandeau(
    `Annexe 2-F — Activité des plus de 20 ans en amendement Creton au 31/12/${ANNEE - 1}`,
    `A1:${fin}1`,
  );
  p.texte(
    "A2",
    "Nombre de personnes de plus de 20 ans maintenues dans l'établissement au titre de l'amendement Creton (art. L242-4 du CASF), par mode d'accueil et selon leur orientation. Indiquez 0 s'il n'y en a aucune.",
    { fusion: `A2:${fin}2`, police: police.note, retour: true },
  );
  p.hauteur(2, 26);
  const entete = ENTETE;
  p.texte("A5", "N° FINESS", { ...entete, fusion: "A5:A6" });
  p.texte("B5", "Établissement", { ...entete, fusion: "B5:B6" });
  MODES.forEach((m, i) => {
    const d = 3 + i * ORIENTATIONS.length;
    p.texte(a1(d, 5), m === "internat" ? "Internat" : "Semi-internat", {
      ...entete,
      fusion: `${a1(d, 5)}:${a1(d + ORIENTATIONS.length - 1, 5)}`,
    });
    ORIENTATIONS.forEach((o, j) => p.texte(a1(d + j, 6), LIBELLES_ORIENTATION[o], entete));
  });
  p.texte(a1(3 + COLONNES_2F.length, 5), "Total", {
    ...entete,
    fusion: `${fin}5:${fin}6`,
  });
  p.hauteur(6, 30);
  const lignes: LigneCretonEcrite[] = [];
  let row = 7;
  const premiere = row;
  const colonnes: Valeur[][] = COLONNES_2F.map(() => []);
  const totaux: Valeur[] = [];
  for (const e of [...esms, ...ajouts]) {
    p.prerempli(a1(1, row), undefined, e.finess, { format: FORMATS.texte });
    p.prerempli(a1(2, row), undefined, e.nom);
    const complet = cretonComplet(e);
    const valeurs = {} as Record<Colonne2F, Valeur>;
    COLONNES_2F.forEach((c, j) => {
      const ajout = ajouts.includes(e);
      valeurs[c] = p.saisie(
        a1(3 + j, row),
        `2f/${e.finess}/${c}`,
        ajout && j === 0 ? 1 : complet[c],
        {
          bleu: BLEUS.classique,
          format: FORMATS.entier,
          horizontal: "center",
        },
      );
      colonnes[j]?.push(valeurs[c]);
    });
    const total = p.calcul(
      a1(3 + COLONNES_2F.length, row),
      `2f/${e.finess}/total`,
      `SUM(C${row}:${lettre(2 + COLONNES_2F.length)}${row})`,
      somme(Object.values(valeurs)),
      { format: FORMATS.entier, horizontal: "center", police: police.grasse },
    );
    lignes.push({ finess: e.finess, nom: e.nom, valeurs });
    totaux.push(total);
    row++;
  }
  const derniere = row - 1;
  p.texte(a1(1, row), "Total", {
    fusion: `A${row}:B${row}`,
    police: police.grasse,
    fond: COULEURS.enTete,
    bordure: true,
  });
  COLONNES_2F.forEach((c, j) => {
    const l = lettre(3 + j);
    p.calcul(
      a1(3 + j, row),
      `2f/total/${c}`,
      `SUM(${l}${premiere}:${l}${derniere})`,
      somme(colonnes[j] ?? []),
      {
        format: FORMATS.entier,
        horizontal: "center",
        police: police.grasse,
      },
    );
  });
  const totalGeneral = somme(totaux);
  p.calcul(
    a1(3 + COLONNES_2F.length, row),
    "2f/total/total",
    `SUM(${fin}${premiere}:${fin}${derniere})`,
    totalGeneral,
    {
      format: FORMATS.entier,
      horizontal: "center",
      police: police.grasse,
    },
  );
  miseEnPage(ws, "Annexe 2-F", "5:6");
  return lignes;
}
