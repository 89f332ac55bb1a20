import type ExcelJS from "exceljs";
import { tirage } from "../aleatoire";
import { a1, lettre, Page, type Contexte, type Valeur } from "../contexte";
import { ANNEE, type Esms } from "../organisme";
import { BLEUS, COULEURS, FORMATS, miseEnPage, police } from "../styles";
import { tauxSi } from "./calculs";
import { INDICATEURS_2D } from "./indicateurs-2d";

/**
 * Annexe 2-D — indicateurs complémentaires : un bloc par indicateur (intitulé et en-têtes des
 * périmètres, ligne « Numérateur : … », ligne « Dénominateur : … » en bleu, ligne de taux calculée
 * par la formule du modèle), une colonne par ESMS, catégorie, secteur ou pour l'organisme.
 */

const D = `31/12/${ANNEE - 1}`;

export interface Indicateur2DEcrit {
  readonly intitule: string;
  readonly colonnes: readonly {
    readonly perimetre: string;
    readonly num: Valeur;
    readonly den: Valeur;
  }[];
}

export function ecrire2D(
  ctx: Contexte,
  wb: ExcelJS.Workbook,
  esms: readonly Esms[],
): Indicateur2DEcrit[] {
  const ws = wb.addWorksheet("2-D Indic. compl.", {
    views: [{ showGridLines: false, state: "frozen", xSplit: 2, ySplit: 2 }],
    properties: { tabColor: { argb: "FF2E75B6" } },
  });
  const p = new Page(ctx, ws);
  const blocs = INDICATEURS_2D.map((ind, k) => ({
    ind,
    termes: ind.termes(esms, tirage(`2d/${k}`)),
  }));
  const largeur = Math.max(...blocs.map((b) => b.termes.length));
  const fin = lettre(2 + Math.max(largeur, 6));
  p.largeurs([34, 34, ...Array.from({ length: Math.max(largeur, 6) }, () => 15)]);
  p.bandeau("Annexe 2-D — Indicateurs complémentaires", `A1:${fin}1`);
  p.texte(
    "A2",
    `Saisissez le numérateur et le dénominateur dans les cellules bleues ; le taux est calculé automatiquement. Situation au ${D} ou exercice ${ANNEE - 1}.`,
    { fusion: `A2:${fin}2`, police: police.note },
  );
  const ecrits: Indicateur2DEcrit[] = [];
  let row = 4;
  blocs.forEach(({ ind, termes }, k) => {
    const n = k + 1;
    const entete = { police: police.grasse, fond: COULEURS.enTete, bordure: true, retour: true };
    p.texte(a1(1, row), `${n}. ${ind.intitule}`, { ...entete, fusion: `A${row}:B${row}` });
    termes.forEach((t, j) =>
      p.texte(a1(3 + j, row), t.perimetre, { ...entete, horizontal: "center" }),
    );
    p.hauteur(
      row,
      Math.max(30, 13 * Math.ceil(Math.max(...termes.map((t) => t.perimetre.length)) / 15) + 6),
    );
    const [rn, rd, rt] = [row + 1, row + 2, row + 3];
    p.texte(a1(1, rn), `Numérateur : ${ind.numerateur}`, {
      fusion: `A${rn}:B${rn}`,
      retour: true,
      bordure: true,
    });
    p.texte(a1(1, rd), `Dénominateur : ${ind.denominateur}`, {
      fusion: `A${rd}:B${rd}`,
      retour: true,
      bordure: true,
    });
    p.texte(a1(1, rt), ind.resultat ?? "Taux", {
      fusion: `A${rt}:B${rt}`,
      police: police.grasse,
      bordure: true,
    });
    p.hauteur(rn, 28);
    p.hauteur(rd, 28);
    const colonnes = termes.map((t, j) => {
      const col = 3 + j;
      const base = `2d/${n}/${t.perimetre}`;
      const style = {
        bleu: BLEUS.accent1Clair60,
        format: FORMATS.entier,
        horizontal: "center" as const,
      };
      const num = p.saisie(a1(col, rn), `${base}/num`, t.num, style);
      const den = p.saisie(a1(col, rd), `${base}/den`, t.den, style);
      const [cn, cd] = [a1(col, rn), a1(col, rd)];
      p.calcul(
        a1(col, rt),
        `${base}/taux`,
        `IF(OR(${cd}="",${cn}=""),"",IF(${cd}=0,"",${cn}/${cd}))`,
        tauxSi(num, den),
        { format: ind.format ?? FORMATS.pourcent, horizontal: "center", police: police.grasse },
      );
      return { perimetre: t.perimetre, num, den };
    });
    ecrits.push({ intitule: ind.intitule, colonnes });
    row += 5;
  });
  miseEnPage(ws, "Annexe 2-D", "1:2");
  return ecrits;
}
